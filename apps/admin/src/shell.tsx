/**
 * The signed-in console: the section list on the left, one section on the
 * right (kept in the address's #hash across reloads), and the site's event
 * stream, which tells the sections' reads when to read again.
 */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { createRereader, useHallFeed } from '@hallq/client/react';
import type { WireEvent } from '@hallq/protocol';
import { ConnectionBadge, LangToggle, useI18n } from '@hallq/ui';
import { ConsoleProvider, useCatalog, useConsole, type ConsoleContext } from './console-context';
import type { DictKey } from './dict';
import { keysForEvent } from './live-keys';
import { confirmLeave } from './unsaved-guard';
import { SiteSettings } from './sections/site-settings';
import { UnitsSection } from './sections/units';
import { ItemsSection } from './sections/items';
import { WindowsSection } from './sections/windows';
import { RotaSection } from './sections/rota';
import { StaffSection } from './sections/staff';
import { DevicesSection } from './sections/devices';
import { NoticeSection } from './sections/notice';
import { AuditSection } from './sections/audit';
import { CalendarSection } from './sections/calendar';
import { RatingCasesSection } from './sections/rating-cases';

export const SECTIONS: { id: string; label: DictKey; view: () => ReactNode }[] = [
  { id: 'site', label: 'secSite', view: () => <SiteSettings /> },
  { id: 'units', label: 'secUnits', view: () => <UnitsSection /> },
  { id: 'items', label: 'secItems', view: () => <ItemsSection /> },
  { id: 'windows', label: 'secWindows', view: () => <WindowsSection /> },
  { id: 'rota', label: 'secRota', view: () => <RotaSection /> },
  { id: 'staff', label: 'secStaff', view: () => <StaffSection /> },
  { id: 'devices', label: 'secDevices', view: () => <DevicesSection /> },
  { id: 'notice', label: 'secNotice', view: () => <NoticeSection /> },
  { id: 'calendar', label: 'secCalendar', view: () => <CalendarSection /> },
  { id: 'cases', label: 'secCases', view: () => <RatingCasesSection /> },
  { id: 'audit', label: 'secAudit', view: () => <AuditSection /> },
];

const sectionOfHash = () => {
  const id = window.location.hash.replace(/^#\/?/, '');
  return SECTIONS.some((s) => s.id === id) ? id : 'site';
};

export function Shell({
  ctx,
  token,
  onSignOut,
  onAuthError,
}: {
  ctx: Omit<ConsoleContext, 'siteId'>;
  token: string;
  onSignOut: () => void;
  onAuthError: () => void;
}) {
  const { t } = useI18n();
  const client = useQueryClient();
  const reread = useMemo(() => createRereader(client), [client]);
  const onEvent = useCallback(
    (e: WireEvent) => keysForEvent(e).forEach((k) => reread(k)),
    [reread],
  );
  const feed = useHallFeed({ token }, onEvent);
  useEffect(() => {
    if (feed.status === 'unauthorized') onAuthError();
  }, [feed.status, onAuthError]);
  const [section, setSection] = useState(sectionOfHash);
  const [siteId, setSiteId] = useState(ctx.staff.siteId);
  const value = useMemo(() => ({ ...ctx, siteId }), [ctx, siteId]);
  const go = (id: string) => {
    if (id === section || !confirmLeave(t('unsavedLeave'))) return;
    window.history.replaceState(null, '', `#/${id}`);
    setSection(id);
  };
  const current = SECTIONS.find((s) => s.id === section) ?? SECTIONS[0]!;

  return (
    <ConsoleProvider value={value}>
      <div className="shell">
        <nav className="nav" aria-label={t('appTitle')}>
          <HallName
            onSite={(id) => {
              if (id !== siteId && confirmLeave(t('unsavedLeave'))) setSiteId(id);
            }}
          />
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  className={s.id === section ? 'active' : undefined}
                  aria-current={s.id === section ? 'page' : undefined}
                  onClick={() => go(s.id)}
                >
                  {t(s.label)}
                </button>
              </li>
            ))}
          </ul>
          <div className="nav-foot">
            <span className="who">
              {ctx.staff.name} · {t(`role_${ctx.staff.role}`)}
            </span>
            <LangToggle />
            <button type="button" onClick={() => confirmLeave(t('unsavedLeave')) && onSignOut()}>
              {t('signOut')}
            </button>
          </div>
        </nav>
        <main className="section">
          <h1>{t(current.label)}</h1>
          {current.view()}
        </main>
        <ConnectionBadge status={feed.status} />
      </div>
    </ConsoleProvider>
  );
}

/**
 * The managed hall's name; for the district hall's staff, a choice of the
 * halls it oversees (its township halls share the server).
 */
function HallName({ onSite }: { onSite: (siteId: string) => void }) {
  const { t } = useI18n();
  const { staff, siteId } = useConsole();
  const catalog = useCatalog();
  const own = catalog?.sites.find((s) => s.id === staff.siteId);
  const sites = own?.level === 'district' ? (catalog?.sites ?? []) : [];
  return (
    <div className="brand">
      {sites.length > 1 ? (
        <select
          aria-label={t('site')}
          className="site-choice"
          value={siteId}
          onChange={(e) => onSite(e.target.value)}
        >
          {sites.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      ) : (
        <b>{catalog?.hall.name ?? '…'}</b>
      )}
      <small>{t('appTitle')}</small>
    </div>
  );
}
