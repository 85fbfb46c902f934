/**
 * Staff sign-in (optionally into a window), sign-out, who-am-I, and a staff
 * member's own password change. Sign-out always ends the session, even
 * mid-service: the window is signed out and a ticket it holds stays there
 * for the supervisor (core Q12). Sign-ins and refused sign-ins are audited.
 */
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  ChangePasswordBody,
  ChangePasswordReply,
  EmptyBody,
  ErrorBody,
  LoginBody,
  LoginReply,
  MeReply,
} from '@hallq/protocol';
import { staffOf } from '../plugins/auth';
import { HallqError } from '../errors';
import { staffView } from '../domain/accounts';
import { LoginThrottle } from '../security/login-throttle';
import { RefusalHold } from '../security/refusal-hold';
import { SignInAudit } from '../security/sign-in-audit';

const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  429: ErrorBody,
};

const routes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  // Per address, per username and server-wide (security/login-throttle.ts).
  const throttle = new LoginThrottle();
  // Refused addresses are answered a second late (security/refusal-hold.ts).
  const hold = new RefusalHold();
  // Each sign-in and refused sign-in in the audit log (security/sign-in-audit.ts).
  const audit = new SignInAudit(app);

  const refuse = (reply: FastifyReply, retryAfterSeconds: number) => {
    reply.header('retry-after', String(retryAfterSeconds));
    return new HallqError('HALLQ_E_RATE_LIMITED', { retryAfterSeconds });
  };

  app.post(
    '/auth/login',
    {
      // An address that has used its minute is refused before its body is read.
      onRequest: async (request, reply) => {
        const pre = throttle.precheck(request.ip, app.clock.now());
        if (pre.ok) return;
        if (!(await hold.hold(request.ip))) reply.header('connection', 'close');
        throw refuse(reply, pre.retryAfterSeconds);
      },
      schema: {
        tags: ['auth'],
        summary: 'Sign in; with windowId the clerk also opens that window',
        body: LoginBody,
        response: { 200: LoginReply, ...errors },
      },
    },
    async (request, reply) => {
      const { username, password, windowId } = request.body;
      const attempt = throttle.take(request.ip, username, app.clock.now());
      if (!attempt.ok) throw refuse(reply, attempt.retryAfterSeconds);
      const staff = await app.accounts.checkPassword(username, password);
      if (!staff) {
        audit.refused(username, request.ip);
        throw new HallqError('HALLQ_E_BAD_CREDENTIALS');
      }
      const now = app.clock.now();
      if (windowId) {
        const window = app.hall.catalog.windows[windowId];
        if (!window || window.siteId !== staff.site_id)
          throw new HallqError('HALLQ_E_WINDOW_NOT_FOUND');
        const allowed = JSON.parse(staff.window_ids) as string[];
        if (staff.role === 'clerk' && allowed.length > 0 && !allowed.includes(windowId)) {
          // Say which windows are theirs, so the clerk picks the right one.
          const windowNumbers = allowed
            .map((id) => app.hall.catalog.windows[id]?.number)
            .filter((n): n is number => n !== undefined);
          throw new HallqError('HALLQ_E_NOT_YOUR_WINDOW', { windowIds: allowed, windowNumbers });
        }
        // 顶岗: a supervisor or admin at a window of their site covers it; the event says so.
        const cover = staff.role !== 'clerk';
        app.hall.execute({
          type: 'signIn',
          windowId,
          staffId: staff.id,
          at: now,
          ...(cover ? { cover } : {}),
        });
      }
      const token = audit.signedIn(staff, windowId, request.ip, () =>
        app.accounts.openSession(staff.id, windowId, now),
      );
      return { token, staff: staffView(staff, windowId) };
    },
  );

  app.post(
    '/auth/logout',
    {
      onRequest: app.requireStaff(),
      schema: {
        tags: ['auth'],
        summary:
          'Sign out: the session ends at once, even mid-service; the window closes and a ticket it holds stays for the supervisor',
        body: Type.Optional(EmptyBody),
        response: { 200: Type.Object({ ok: Type.Literal(true) }), ...errors },
      },
    },
    async (request) => {
      const s = staffOf(request);
      const now = app.clock.now();
      const ws = s.windowId ? app.hall.state.windows[s.windowId] : undefined;
      try {
        if (s.windowId && ws?.staffId === s.staff.id && ws.status !== 'signedOut') {
          app.hall.execute({ type: 'signOut', windowId: s.windowId, at: now });
        }
      } finally {
        // Whatever became of the window, the session ends.
        app.accounts.revokeSession(s.tokenHash, now);
        app.disconnectToken(s.tokenHash);
      }
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/password',
    {
      onRequest: app.requireStaff(),
      schema: {
        tags: ['auth'],
        summary:
          'Change one’s own password (policy: HALLQ_E_WEAK_PASSWORD): every session of the account ends, this one too; the reply’s token replaces it, at the same window',
        body: ChangePasswordBody,
        response: { 200: ChangePasswordReply, ...errors },
      },
    },
    async (request, reply) => {
      const s = staffOf(request);
      // Guessing the current password with a stolen token is limited as sign-in is.
      const attempt = throttle.take(request.ip, s.staff.username, app.clock.now());
      if (!attempt.ok) {
        reply.header('retry-after', String(attempt.retryAfterSeconds));
        throw new HallqError('HALLQ_E_RATE_LIMITED', {
          retryAfterSeconds: attempt.retryAfterSeconds,
        });
      }
      const ws = s.windowId ? app.hall.state.windows[s.windowId] : undefined;
      const holds = ws?.staffId === s.staff.id && ws.status !== 'signedOut';
      const windowId = holds ? s.windowId : undefined;
      const { token, staff } = await app.admin.staff.changeOwnPassword(
        s.staff.id,
        windowId,
        request.body.currentPassword,
        request.body.newPassword,
      );
      return { token, staff: staffView(staff, windowId) };
    },
  );

  app.get(
    '/auth/me',
    {
      onRequest: app.requireStaffOrDevice(['kiosk', 'caller', 'display']),
      schema: {
        tags: ['auth'],
        summary: 'The session or device behind the token',
        response: { 200: MeReply, ...errors },
      },
    },
    async (request) => {
      const p = request.principal;
      if (p?.kind === 'staff') {
        // A session whose window was closed elsewhere (admin, another sign-in) no longer holds it.
        const ws = p.windowId ? app.hall.state.windows[p.windowId] : undefined;
        const holds = ws?.staffId === p.staff.id && ws.status !== 'signedOut';
        return {
          kind: 'staff' as const,
          staff: staffView(p.staff, holds ? p.windowId : undefined),
        };
      }
      if (p?.kind === 'device') {
        return {
          kind: 'device' as const,
          device: {
            id: p.device.id,
            kind: p.device.kind,
            siteId: p.device.site_id,
            name: p.device.name,
          },
        };
      }
      throw new HallqError('HALLQ_E_UNAUTHORIZED');
    },
  );
};

export default routes;
