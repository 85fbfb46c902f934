/**
 * 绩效考评 (core P1–P7): GET /scores, a month's or a quarter's scores per
 * clerk or per unit of the caller's site (or ?siteId of one they may see),
 * each with the deductions behind it; `format=csv|xlsx` gives the same rows
 * as a file. Supervisor and admin sessions. The scheme is a site setting
 * (PATCH /sites/:id `scoring`), logged and audited as the other settings.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ErrorBody, ScoresQuery, ScoresReply } from '@hallq/protocol';
import { HallqError } from '../errors';
import { adminCaller } from '../plugins/admin';
import { toCsv, toXlsx } from '../rating/rating-export';
import { scoreExportRows } from '../scoring/score-export';
import { ScoreService } from '../scoring/score-service';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

const routes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const service = new ScoreService(
    app.db,
    () => app.hall.catalog,
    app.hall.staff,
    () => app.clock.now(),
  );

  app.get(
    '/scores',
    {
      onRequest: app.requireStaff(['admin', 'supervisor']),
      schema: {
        tags: ['supervision'],
        summary:
          '绩效考评: scores of a month (period=2026-11) or quarter (2026-Q4) per clerk or unit (by), each with its deductions (alertId, ratingId, caseId) and grade; format=csv|xlsx: the same rows as a file',
        querystring: ScoresQuery,
        response: { 200: ScoresReply, ...errors },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const caller = adminCaller(request);
      const siteId = q.siteId ?? caller.siteId;
      if (!app.hall.catalog.sites[siteId])
        throw new HallqError('HALLQ_E_SITE_NOT_FOUND', { siteId });
      if (!app.admin.sitesOf(caller).includes(siteId))
        throw new HallqError('HALLQ_E_FORBIDDEN', { siteId });
      const by = q.by ?? 'clerk';
      const s = await service.scores(siteId, q.period, by);
      if (q.format === 'csv' || q.format === 'xlsx') {
        const rows = scoreExportRows(s.rows, by);
        const file = `scores-${siteId}-${q.period}-${by}.${q.format}`;
        void reply.header('content-disposition', `attachment; filename="${file}"`);
        // A file, not the JSON reply the schema types (sent as it is).
        const body = q.format === 'csv' ? toCsv(rows) : await toXlsx(rows, '绩效考评');
        return reply
          .type(
            q.format === 'csv'
              ? 'text/csv; charset=utf-8'
              : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          )
          .send(body as unknown as ScoresReply);
      }
      return {
        siteId,
        period: q.period,
        by,
        from: s.period.from,
        to: s.period.to,
        baseScore: s.scheme.baseScore,
        grades: { ...s.scheme.grades },
        rows: s.rows,
      };
    },
  );
};

export default routes;
