/**
 * What every section needs: the two API clients, the signed-in manager,
 * the site's catalogue (one TanStack read, refreshed by hall events) and
 * the console's i18n helpers.
 */
import { createContext, useContext } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { HallqApi } from '@hallq/client';
import type { CatalogReply, StaffView } from '@hallq/protocol';
import type { AdminApi } from './admin-api';
import { KEYS } from './live-keys';

export interface ConsoleContext {
  api: HallqApi;
  admin: AdminApi;
  staff: StaffView;
  /** The site being managed: the manager's own, or (district-level staff) a township hall. */
  siteId: string;
}

/** A create body's `siteId`: only when it is not the manager's own site (the server's default). */
export const siteField = (ctx: Pick<ConsoleContext, 'staff' | 'siteId'>) =>
  ctx.siteId === ctx.staff.siteId ? {} : { siteId: ctx.siteId };

const Ctx = createContext<ConsoleContext | undefined>(undefined);
export const ConsoleProvider = Ctx.Provider;

export function useConsole(): ConsoleContext {
  const v = useContext(Ctx);
  if (!v) throw new Error('useConsole outside ConsoleProvider');
  return v;
}

/** The catalogue of the managed site, as the kiosk sees it plus each entry's enabled flag. */
export function useCatalog(): CatalogReply | undefined {
  const { api, siteId } = useConsole();
  return useQuery({ queryKey: [...KEYS.catalog, siteId], queryFn: () => api.catalog(siteId) }).data;
}
