/**
 * Bearer tokens for staff sessions and devices alike. Routes declare who may
 * call them with an onRequest hook from here; a missing or unknown token is
 * 401, a known token of the wrong kind or role is 403. The check runs before
 * the body is read, so a stranger gets 401 whatever they send, and nobody
 * learns the schemas or costs the server a parse without a token.
 */
import fp from 'fastify-plugin';
import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { DeviceKind, Role } from '@hallq/protocol';
import type { DeviceRow, Principal, StaffRow } from '../domain/accounts';
import { HallqError } from '../errors';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | undefined;
  }
  interface FastifyInstance {
    requireStaff(roles?: Role[]): onRequestAsyncHookHandler;
    requireDevice(kinds: DeviceKind[]): onRequestAsyncHookHandler;
    requireStaffOrDevice(kinds: DeviceKind[]): onRequestAsyncHookHandler;
  }
}

/** How often a device's last-seen time is written while it keeps calling. */
const DEVICE_SEEN_EVERY_MS = 30_000;

export function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(header.trim());
  return match?.[1];
}

export function staffOf(request: FastifyRequest): {
  staff: StaffRow;
  windowId: string | undefined;
  tokenHash: string;
} {
  const p = request.principal;
  if (p?.kind !== 'staff') throw new HallqError('HALLQ_E_FORBIDDEN');
  return p;
}

export function deviceOf(request: FastifyRequest): DeviceRow {
  const p = request.principal;
  if (p?.kind !== 'device') throw new HallqError('HALLQ_E_FORBIDDEN');
  return p.device;
}

export default fp(
  async (app) => {
    app.decorateRequest('principal', undefined);
    const resolve = (request: FastifyRequest): Principal => {
      const principal = app.accounts.resolve(bearer(request), app.clock.now());
      if (!principal) throw new HallqError('HALLQ_E_UNAUTHORIZED');
      request.principal = principal;
      return principal;
    };
    app.decorate('requireStaff', (roles?: Role[]) => async (request: FastifyRequest) => {
      const p = resolve(request);
      if (p.kind !== 'staff') throw new HallqError('HALLQ_E_FORBIDDEN');
      if (roles && !roles.includes(p.staff.role)) throw new HallqError('HALLQ_E_FORBIDDEN');
    });
    app.decorate('requireDevice', (kinds: DeviceKind[]) => async (request: FastifyRequest) => {
      const p = resolve(request);
      if (p.kind !== 'device' || !kinds.includes(p.device.kind))
        throw new HallqError('HALLQ_E_FORBIDDEN');
      // "Last seen" is a liveness hint, not a record: writing it on every
      // request cost each issued ticket a second fsync (half the throughput).
      const now = app.clock.now();
      const seen = p.device.last_seen_at;
      if (seen === null || now - seen >= DEVICE_SEEN_EVERY_MS || now < seen)
        app.accounts.touchDevice(p.device.id, now);
    });
    app.decorate(
      'requireStaffOrDevice',
      (kinds: DeviceKind[]) => async (request: FastifyRequest) => {
        const p = resolve(request);
        if (p.kind === 'device' && !kinds.includes(p.device.kind))
          throw new HallqError('HALLQ_E_FORBIDDEN');
      },
    );
  },
  { name: 'auth', dependencies: ['hall'] },
);
