/**
 * Which site a request is about: the one it names (`?siteId=`, open reads
 * only), else its token's own site (a device's or staff member's), else the
 * district-level hall. Never a hard-coded id: a hall seeded from another
 * catalogue has its own.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Catalog } from '@hallq/core';
import { HallqError } from '../errors';
import { bearer } from '../plugins/auth';

export function districtHall(catalog: Catalog): string | undefined {
  return Object.values(catalog.sites).find((s) => s.level === 'district')?.id;
}

/**
 * The halls directly below a site (the district's township centres), by id:
 * village rooms have no hall screen and are left out.
 */
export function childHalls(catalog: Catalog, siteId: string): string[] {
  return Object.values(catalog.sites)
    .filter((s) => s.parentId === siteId && s.level !== 'village')
    .map((s) => s.id)
    .sort();
}

/** The site of the request's token, if it carries a valid one. */
export function tokenSite(app: FastifyInstance, request: FastifyRequest): string | undefined {
  const principal = app.accounts.resolve(bearer(request), app.clock.now());
  if (principal?.kind === 'staff') return principal.staff.site_id;
  if (principal?.kind === 'device') return principal.device.site_id;
  return undefined;
}

export function requestSite(
  app: FastifyInstance,
  request: FastifyRequest,
  asked: string | undefined,
): string {
  const catalog = app.hall.catalog;
  const id = asked ?? tokenSite(app, request) ?? districtHall(catalog);
  if (id === undefined || !catalog.sites[id]) {
    throw new HallqError('HALLQ_E_SITE_NOT_FOUND', id === undefined ? {} : { siteId: id });
  }
  return id;
}

/**
 * The site a write acts on: the writer's own, or another named one only when
 * the writer belongs to the district-level hall (which oversees the others).
 */
export function writeSite(
  app: FastifyInstance,
  request: FastifyRequest,
  asked: string | undefined,
): string {
  const own = tokenSite(app, request);
  const id = requestSite(app, request, asked ?? own);
  if (own !== undefined && id !== own && own !== districtHall(app.hall.catalog)) {
    throw new HallqError('HALLQ_E_FORBIDDEN', { siteId: id });
  }
  return id;
}
