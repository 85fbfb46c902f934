/**
 * The district roll-up (区、乡、村三级联动): GET /sites/rollup gives, for every
 * site the caller may see (a district supervisor or admin: all of them), the
 * windows open, the people waiting, the longest wait (core S10's unit marks
 * on the hall model), the open alerts (the supervision engine's copy) and
 * the open and overdue 代办 (the proxy tickets' read model), each site alone
 * and with the sites below it, and the total. Nothing scans history.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { catalogIndex, unitMarks } from '@hallq/core';
import { ErrorBody, SiteRollupReply, type RollupFigures, type SiteRollup } from '@hallq/protocol';
import { adminCaller } from '../plugins/admin';
import { proxyCounts } from '../proxy/proxy-table';

const errors = { 401: ErrorBody, 403: ErrorBody };

const zero = (): RollupFigures => ({
  windowsOpen: 0,
  windows: 0,
  waiting: 0,
  longestWaitMs: 0,
  alertsOpen: 0,
  alertsRed: 0,
  proxiesOpen: 0,
  proxiesOverdue: 0,
});

/** Sums figures; the longest wait is the longest of them. */
export function addFigures(a: RollupFigures, b: RollupFigures): RollupFigures {
  return {
    windowsOpen: a.windowsOpen + b.windowsOpen,
    windows: a.windows + b.windows,
    waiting: a.waiting + b.waiting,
    longestWaitMs: Math.max(a.longestWaitMs, b.longestWaitMs),
    alertsOpen: a.alertsOpen + b.alertsOpen,
    alertsRed: a.alertsRed + b.alertsRed,
    proxiesOpen: a.proxiesOpen + b.proxiesOpen,
    proxiesOverdue: a.proxiesOverdue + b.proxiesOverdue,
  };
}

const routes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const proxies = proxyCounts(app.db);

  app.get(
    '/sites/rollup',
    {
      onRequest: app.requireStaff(['admin', 'supervisor']),
      schema: {
        tags: ['supervision'],
        summary:
          'The district roll-up: per site the windows open, people waiting, longest wait, open alerts and 代办 (admin, supervisor)',
        response: { 200: SiteRollupReply, ...errors },
      },
    },
    async (request) => {
      const now = app.clock.now();
      const state = app.hall.state;
      const visible = new Set(app.admin.sitesOf(adminCaller(request)));
      const open = proxies(now);
      const own = new Map<string, RollupFigures>();
      for (const siteId of visible) {
        const f = zero();
        for (const w of catalogIndex(state.catalog).windowsOf(siteId)) {
          f.windows++;
          if (state.windows[w.id]?.status === 'open') f.windowsOpen++;
        }
        for (const u of unitMarks(state, siteId, now, app.supervision.settings(siteId))) {
          f.waiting += u.waiting;
          f.longestWaitMs = Math.max(f.longestWaitMs, u.longestWaitMs);
        }
        for (const a of app.supervision.openOf(siteId)) {
          f.alertsOpen++;
          if (a.level === 'red') f.alertsRed++;
        }
        f.proxiesOpen = open.get(siteId)?.open ?? 0;
        f.proxiesOverdue = open.get(siteId)?.overdue ?? 0;
        own.set(siteId, f);
      }
      const tree = app.admin.sites.tree(adminCaller(request));
      const withChildren = new Map<string, RollupFigures>();
      // Children come after their parent: sum from the end.
      for (const node of [...tree].reverse()) {
        let sum = own.get(node.id) ?? zero();
        for (const c of node.childIds) sum = addFigures(sum, withChildren.get(c) ?? zero());
        withChildren.set(node.id, sum);
      }
      const sites: SiteRollup[] = tree.map((n) => ({
        siteId: n.id,
        name: n.name,
        level: n.level,
        ...(n.parentId !== undefined ? { parentId: n.parentId } : {}),
        childIds: n.childIds,
        own: own.get(n.id) ?? zero(),
        withChildren: withChildren.get(n.id) ?? zero(),
      }));
      const total = sites.reduce((sum, s) => addFigures(sum, s.own), zero());
      return { at: now, sites, total };
    },
  );
};

export default routes;
