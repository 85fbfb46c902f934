/**
 * 电子监察, the alerts (supervisor and admin sessions): the open alerts of a
 * site, or all opened in a time range, narrowed to one rule, level, clerk
 * or unit (the alerts behind a score's grouped deduction); and a supervisor's acknowledgement
 * with a note, logged and audited. A site the caller may not see is
 * forbidden; an alert of one is not found.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  AckBody,
  AlertReply,
  AlertsQuery,
  AlertsReply,
  ErrorBody,
  IdParams,
} from '@hallq/protocol';
import { HallqError } from '../errors';
import { adminCaller } from '../plugins/admin';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['supervision'];
const LIMIT = 1000;

/** `next` as the answer gave it: the last listed alert's opening time and id. */
function cursorOf(after: string): { openedAt: number; id: string } {
  const cut = after.indexOf('_');
  return { openedAt: Number(after.slice(0, cut)), id: after.slice(cut + 1) };
}

const routes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const onRequest = app.requireStaff(['admin', 'supervisor']);

  app.get(
    '/alerts',
    {
      onRequest,
      schema: {
        tags,
        summary:
          '电子监察 alerts of the caller’s site (or ?siteId of one they may see), newest first: status=open (default) or all, from&to (epoch ms, on the opening time), of one rule, level, staffId or unitId (a unit’s own or its sole windows’: a score’s grouped deduction); at most `limit` (1000), with `next` for the page after',
        querystring: AlertsQuery,
        response: { 200: AlertsReply, ...errors },
      },
    },
    async (request) => {
      const q = request.query;
      const caller = adminCaller(request);
      const siteId = q.siteId ?? caller.siteId;
      if (!app.hall.catalog.sites[siteId])
        throw new HallqError('HALLQ_E_SITE_NOT_FOUND', { siteId });
      if (!app.admin.sitesOf(caller).includes(siteId))
        throw new HallqError('HALLQ_E_FORBIDDEN', { siteId });
      const from = q.from !== undefined ? Number(q.from) : undefined;
      const to = q.to !== undefined ? Number(q.to) : undefined;
      if (from !== undefined && to !== undefined && from > to)
        throw new HallqError('HALLQ_E_VALIDATION', { from, to });
      const catalog = app.hall.catalog;
      // A unit's alerts as its score counts them: its own, or a window's of that unit alone.
      const soleWindowIds = (unitId: string) =>
        Object.values(catalog.windows)
          .filter((w) => w.siteId === siteId && w.unitIds.length === 1 && w.unitIds[0] === unitId)
          .map((w) => w.id);
      const limit = q.limit !== undefined ? Number(q.limit) : LIMIT;
      const after = q.after !== undefined ? cursorOf(q.after) : undefined;
      // One more than asked for: whether another page follows.
      const found = app.supervision.list({
        siteIds: [siteId],
        status: q.status ?? 'open',
        ...(from !== undefined ? { from } : {}),
        ...(to !== undefined ? { to } : {}),
        ...(q.rule !== undefined ? { rule: q.rule } : {}),
        ...(q.level !== undefined ? { level: q.level } : {}),
        ...(q.staffId !== undefined ? { staffId: q.staffId } : {}),
        ...(q.unitId !== undefined
          ? { unit: { id: q.unitId, soleWindowIds: soleWindowIds(q.unitId) } }
          : {}),
        ...(after !== undefined ? { after } : {}),
        limit: limit + 1,
      });
      const alerts = found.slice(0, limit);
      const last = alerts[alerts.length - 1];
      return {
        alerts,
        ...(found.length > limit && last ? { next: `${last.openedAt}_${last.id}` } : {}),
      };
    },
  );

  app.post(
    '/alerts/:id/ack',
    {
      onRequest,
      schema: {
        tags,
        summary:
          'Acknowledge an alert with a note (what was done), audited: HALLQ_E_ALERT_NOT_FOUND, HALLQ_E_NOTE_REQUIRED, HALLQ_E_ALERT_ACKNOWLEDGED',
        params: IdParams,
        body: AckBody,
        response: { 200: AlertReply, ...errors },
      },
    },
    async (request) => {
      const caller = adminCaller(request);
      return {
        alert: app.supervision.acknowledge(
          caller,
          app.admin.sitesOf(caller),
          request.params.id,
          request.body.note,
        ),
      };
    },
  );
};

export default routes;
