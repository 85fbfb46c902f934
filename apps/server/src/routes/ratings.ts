/**
 * 好差评 API. A rating comes from the rater (评价器) of the window that
 * finished the ticket (POST /ratings; a staff session is refused: the clerk
 * may not rate for the visitor), or from the visitor's phone page (POST
 * /tickets/:id/rating; the unguessable ticket id is the capability).
 * Supervisors and admins read their site's ratings and rectification cases
 * and record each case's steps. Every refusal is coded and changes nothing.
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { RatingLevel } from '@hallq/core';
import {
  CalendarYearBody,
  CalendarYearParams,
  CalendarYearReply,
  CaseStepBody,
  ErrorBody,
  IdParams,
  PhoneRatingBody,
  RaterPadReply,
  RatingBody,
  RatingCaseReply,
  RatingCasesQuery,
  RatingCasesReply,
  RatingFiguresQuery,
  RatingFiguresReply,
  RatingOfferReply,
  RatingReply,
  RatingsQuery,
  RatingsReply,
  RectificationRatingBody,
} from '@hallq/protocol';
import { deviceOf } from '../plugins/auth';
import { adminCaller } from '../plugins/admin';
import { HallqError } from '../errors';
import { figuresBy } from '../rating/rating-figures';
import { exportRows, toCsv, toXlsx } from '../rating/rating-export';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['ratings'];
const LIMIT = 1000;
const DAY_MS = 86_400_000;
const REFUSALS =
  'HALLQ_E_TICKET_NOT_FOUND, HALLQ_E_TICKET_NOT_FINISHED, HALLQ_E_ALREADY_RATED, HALLQ_E_RATING_EXPIRED, HALLQ_E_RATING_TAG_REQUIRED, HALLQ_E_RATING_TAG_UNKNOWN';

const routes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const managers = app.requireStaff(['admin', 'supervisor']);

  /** The site a supervisor reads: ?siteId if they may see it, else their own. */
  const readSite = (request: FastifyRequest, asked: string | undefined): string => {
    const caller = adminCaller(request);
    const siteId = asked ?? caller.siteId;
    if (!app.hall.catalog.sites[siteId]) throw new HallqError('HALLQ_E_SITE_NOT_FOUND', { siteId });
    if (!app.admin.sitesOf(caller).includes(siteId))
      throw new HallqError('HALLQ_E_FORBIDDEN', { siteId });
    return siteId;
  };

  app.post(
    '/ratings',
    {
      onRequest: app.requireDevice(['rater']),
      schema: {
        tags,
        summary: `A rating (level 5 非常满意 … 1 非常不满意) from the rater of the window that finished the ticket; a 差评 needs a reason and opens a rectification case. HALLQ_E_RATER_WRONG_WINDOW (403), ${REFUSALS}`,
        body: RatingBody,
        response: { 201: RatingReply, ...errors },
      },
    },
    async (request, reply) => {
      const device = deviceOf(request);
      const b = request.body;
      const rating = app.ratings.submit({
        ticketId: b.ticketId,
        channel: 'pad',
        level: b.level as RatingLevel,
        ...(b.tags ? { tags: b.tags } : {}),
        ...(b.comment !== undefined ? { comment: b.comment } : {}),
        device: { id: device.id, windowId: device.window_id },
      });
      return reply.status(201).send({ rating });
    },
  );

  app.post(
    '/tickets/:id/rating',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: `The visitor rates a finished ticket from its status page (open: the ticket id is the capability), within 7 days of 办结. ${REFUSALS}`,
        params: IdParams,
        body: PhoneRatingBody,
        response: { 201: RatingReply, ...errors },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const rating = app.ratings.submit({
        ticketId: request.params.id,
        channel: 'phone',
        level: b.level as RatingLevel,
        ...(b.tags ? { tags: b.tags } : {}),
        ...(b.comment !== undefined ? { comment: b.comment } : {}),
      });
      return reply.status(201).send({ rating });
    },
  );

  app.post(
    '/tickets/:id/rating/rectification',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary:
          'The visitor rates what was done about their 差评, once its case is closed (open: the ticket id is the capability), within 7 days. HALLQ_E_CASE_NOT_FOUND, HALLQ_E_CASE_STEP_NOT_ALLOWED (not closed), HALLQ_E_ALREADY_RATED, HALLQ_E_RATING_EXPIRED',
        params: IdParams,
        body: RectificationRatingBody,
        response: { 201: RatingCaseReply, ...errors },
      },
    },
    async (request, reply) => {
      const c = app.ratings.rateRectification(request.params.id, request.body.level as RatingLevel);
      return reply.status(201).send({ case: c });
    },
  );

  app.get(
    '/tickets/:id/rating',
    {
      schema: {
        tags,
        summary:
          'Whether the phone page may rate the ticket now (open: the ticket id is the capability): notFinished, open (until closesAt), rated or closed; with the 差评 reasons',
        params: IdParams,
        response: { 200: RatingOfferReply, ...errors },
      },
    },
    async (request) => app.ratings.offer(request.params.id),
  );

  app.get(
    '/ratings/pad',
    {
      onRequest: app.requireDevice(['rater']),
      schema: {
        tags,
        summary: "The rater's window, the 差评 reasons and its timeout",
        response: { 200: RaterPadReply, ...errors },
      },
    },
    async (request) => {
      const device = deviceOf(request);
      if (!device.window_id) throw new HallqError('HALLQ_E_WINDOW_NOT_FOUND', { windowId: null });
      return {
        deviceId: device.id,
        siteId: device.site_id,
        windowId: device.window_id,
        badTags: [...app.ratings.settings.badTags],
        padTimeoutSeconds: app.ratings.settings.padTimeoutSeconds,
      };
    },
  );

  app.get(
    '/ratings',
    {
      onRequest: managers,
      schema: {
        tags,
        summary:
          'Ratings of the caller’s site (or ?siteId of one they may see), newest first, by from&to (epoch ms), unitId, windowId, staffId; at most 1000. format=csv|xlsx: a file in the provincial 好差评 platform’s columns (办件编号, 事项编码, 评价渠道, 评价等级, 评价标签, 评价时间, 窗口, 工号, 部门)',
        querystring: RatingsQuery,
        response: { 200: RatingsReply, ...errors },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const siteId = readSite(request, q.siteId);
      const from = q.from !== undefined ? Number(q.from) : undefined;
      const to = q.to !== undefined ? Number(q.to) : undefined;
      if (from !== undefined && to !== undefined && from > to)
        throw new HallqError('HALLQ_E_VALIDATION', { from, to });
      const ratings = app.ratings.table.list({
        siteId,
        ...(from !== undefined ? { from } : {}),
        ...(to !== undefined ? { to } : {}),
        ...(q.unitId ? { unitId: q.unitId } : {}),
        ...(q.windowId ? { windowId: q.windowId } : {}),
        ...(q.staffId ? { staffId: q.staffId } : {}),
        limit: LIMIT,
      });
      if (q.format === 'csv' || q.format === 'xlsx') {
        const catalog = app.hall.catalog;
        const timeZone = catalog.sites[siteId]?.timeZone ?? 'Asia/Shanghai';
        const rows = exportRows(ratings, catalog, app.hall.staff, timeZone);
        const file = `ratings-${siteId}.${q.format}`;
        void reply.header('content-disposition', `attachment; filename="${file}"`);
        // A file, not the JSON reply the schema types: Fastify sends a string or
        // Buffer as it is, without the JSON serializer.
        const body = q.format === 'csv' ? toCsv(rows) : await toXlsx(rows);
        return reply
          .type(
            q.format === 'csv'
              ? 'text/csv; charset=utf-8'
              : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          )
          .send(body as unknown as RatingsReply);
      }
      return { ratings };
    },
  );

  app.get(
    '/ratings/figures',
    {
      onRequest: managers,
      schema: {
        tags,
        summary:
          '好差评 figures of the caller’s site (or ?siteId) for tickets finished in from–to (epoch ms; default the last 30 days), by site, unit, window, staff or item: 参评率, 满意率, 差评率, 差评整改率',
        querystring: RatingFiguresQuery,
        response: { 200: RatingFiguresReply, ...errors },
      },
    },
    async (request) => {
      const q = request.query;
      const siteId = readSite(request, q.siteId);
      const to = q.to !== undefined ? Number(q.to) : app.clock.now() + 1;
      const from = q.from !== undefined ? Number(q.from) : to - 30 * DAY_MS;
      if (from > to) throw new HallqError('HALLQ_E_VALIDATION', { from, to });
      const by = q.by ?? 'site';
      return { siteId, from, to, by, figures: await figuresBy(app.db, siteId, from, to, by) };
    },
  );

  app.get(
    '/calendar/:year',
    {
      onRequest: managers,
      schema: {
        tags,
        summary:
          'A year of the official calendar as 整改 deadlines count working days: its holidays and make-up working days (调休), shipped from the State Council notice or entered by an admin',
        params: CalendarYearParams,
        response: { 200: CalendarYearReply, ...errors },
      },
    },
    async (request) => app.ratings.calendarYear(Number(request.params.year)),
  );

  app.put(
    '/calendar/:year',
    {
      onRequest: app.requireStaff(['admin']),
      schema: {
        tags,
        summary:
          'Enter a year of the official calendar (admin, audited); it replaces the shipped year. HALLQ_E_CALENDAR_INVALID: a day outside the year, both off and on, or a weekday 调休',
        params: CalendarYearParams,
        body: CalendarYearBody,
        response: { 200: CalendarYearReply, ...errors },
      },
    },
    async (request) =>
      app.ratings.setYear(adminCaller(request), Number(request.params.year), request.body),
  );

  app.get(
    '/rating-cases',
    {
      onRequest: managers,
      schema: {
        tags,
        summary:
          '差评 rectification cases of the caller’s site (or ?siteId), newest first, with their deadlines (working days) and steps; ?status',
        querystring: RatingCasesQuery,
        response: { 200: RatingCasesReply, ...errors },
      },
    },
    async (request) => {
      const siteId = readSite(request, request.query.siteId);
      return {
        cases: app.ratings.table.cases(siteId, request.query.status, LIMIT),
      };
    },
  );

  app.post(
    '/rating-cases/:id/steps',
    {
      onRequest: managers,
      schema: {
        tags,
        summary:
          'A step of a case, audited: followUp (回访), rectify (整改), review (复核: pass|return), appeal (申诉), appealDecision (uphold|void). HALLQ_E_CASE_NOT_FOUND, HALLQ_E_NOTE_REQUIRED, HALLQ_E_CASE_OUTCOME, HALLQ_E_CASE_STEP_NOT_ALLOWED',
        params: IdParams,
        body: CaseStepBody,
        response: { 200: RatingCaseReply, ...errors },
      },
    },
    async (request) => {
      const caller = adminCaller(request);
      const b = request.body;
      return {
        case: app.ratings.step(caller, app.admin.sitesOf(caller), request.params.id, {
          kind: b.kind,
          note: b.note,
          ...(b.outcome ? { outcome: b.outcome } : {}),
        }),
      };
    },
  );
};

export default routes;
