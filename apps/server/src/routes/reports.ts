/**
 * Reports (supervisor and admin sessions): a site's figures over business
 * days by day, hour, weekday × hour, unit, window, clerk or item, as JSON or
 * as a CSV or XLSX file with Chinese headers. Read from the figure rows the
 * events keep (reports/), never from the tickets. A site the caller may not
 * see is forbidden; a range backwards or longer than three years is refused.
 * 三级联动: the district's staff merge the halls below the site
 * (includeChildren=true), and by=site gives one row per site.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { businessTime } from '@hallq/core';
import { ErrorBody, ReportQuery, ReportReply } from '@hallq/protocol';
import { HallqError } from '../errors';
import { adminCaller } from '../plugins/admin';
import { addDays, daysBetween } from '../reports/report-query';
import { networkFigures, reportSites } from '../reports/network-report';
import { reportRow, reportRows } from '../reports/report-rows';
import { reportFile, reportTable } from '../reports/report-export';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const MAX_DAYS = 3 * 366;
const DEFAULT_DAYS = 30;

const routes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/reports',
    {
      onRequest: app.requireStaff(['admin', 'supervisor']),
      schema: {
        tags: ['reports'],
        summary:
          'Figures of the caller’s site (or ?siteId of one they may see) over business days from–to (YYYY-MM-DD, both included; default the last 30 days), by day, hour, weekdayHour, unit, window, clerk, item or site (with by=day, staffId, windowId, unitId or itemId gives that one’s days): issued, served, 过号, transferred out, cancelled, waits (mean, p90 within a one-minute bucket, longest), service times, 选号 calls and alerts; 好差评 of the tickets finished (rated, 参评率 ratedShare, 满意率 satisfiedShare, 差评 badCount and 差评率 badShare, cases opened and closed on time, 差评整改率 rectifiedOnTimeShare; shares 0–1, null with nothing to divide by; void ratings left out); totals are the whole site’s. includeChildren=true (the district’s supervisors and admins): the site’s figures with every township hall’s below it merged, the sites named in siteIds; by=site: one row per site, each its own totals. format=csv|xlsx: the same rows and the totals with Chinese headers. HALLQ_E_VALIDATION (from after to, over 3 years), HALLQ_E_FORBIDDEN, HALLQ_E_SITE_NOT_FOUND',
        querystring: ReportQuery,
        response: { 200: ReportReply, ...errors },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const caller = adminCaller(request);
      const siteId = q.siteId ?? caller.siteId;
      const site = app.hall.catalog.sites[siteId];
      if (!site) throw new HallqError('HALLQ_E_SITE_NOT_FOUND', { siteId });
      if (!app.admin.sitesOf(caller).includes(siteId))
        throw new HallqError('HALLQ_E_FORBIDDEN', { siteId });
      const today = businessTime(app.clock.now(), site.timeZone).day;
      const to = q.to ?? today;
      const from = q.from ?? addDays(to, 1 - DEFAULT_DAYS);
      if (Number.isNaN(Date.parse(from)) || Number.isNaN(Date.parse(to)) || from > to)
        throw new HallqError('HALLQ_E_VALIDATION', { from, to });
      if (daysBetween(from, to) > MAX_DAYS)
        throw new HallqError('HALLQ_E_VALIDATION', { from, to, maxDays: MAX_DAYS });
      const by = q.by ?? 'day';
      const subjects = (
        [
          ['clerk', q.staffId],
          ['window', q.windowId],
          ['unit', q.unitId],
          ['item', q.itemId],
        ] as const
      ).filter(([, id]) => id !== undefined);
      if (subjects.length > 1 || (subjects.length === 1 && by !== 'day'))
        throw new HallqError('HALLQ_E_VALIDATION', {
          by,
          need: 'one of staffId, windowId, unitId, itemId, with by=day',
        });
      const subject = subjects[0]
        ? { kind: subjects[0][0], id: subjects[0][1] as string }
        : undefined;
      const includeChildren = q.includeChildren === 'true';
      if (includeChildren && app.hall.catalog.sites[caller.siteId]?.level !== 'district')
        throw new HallqError('HALLQ_E_FORBIDDEN', { siteId, includeChildren: true });
      const siteIds = reportSites(app.hall.catalog, siteId, includeChildren);
      const figures = await networkFigures(
        app.reports.figures,
        siteIds,
        from,
        to,
        by,
        today.slice(0, 7),
        subject,
      );
      const catalog = app.hall.catalog;
      const ratings = await app.reports.ratings(
        siteIds.flatMap((id) => {
          const s = catalog.sites[id];
          return s ? [{ id, timeZone: s.timeZone }] : [];
        }),
        from,
        to,
        by,
        subject,
      );
      const rows = reportRows(by, figures.groups, catalog, app.hall.staff, ratings.groups);
      const totals = reportRow('total', '合计', figures.totals, ratings.totals);
      if (q.format === 'csv' || q.format === 'xlsx') {
        const body = await reportFile(q.format, reportTable(by, rows, totals));
        void reply.header(
          'content-disposition',
          `attachment; filename="report-${siteId}-${by}-${from}-${to}.${q.format}"`,
        );
        // A file, not the JSON the schema types: Fastify sends it as it is.
        return reply
          .type(
            q.format === 'csv'
              ? 'text/csv; charset=utf-8'
              : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          )
          .send(body as unknown as ReportReply);
      }
      return { siteId, from, to, by, siteIds, rows, totals };
    },
  );
};

export default routes;
