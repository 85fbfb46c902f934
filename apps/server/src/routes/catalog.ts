/** The hall's catalogue as a kiosk or screen needs it, with today's rota applied. */
import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { businessTime, servedWeekdays, unitsServedBy, windowsServingUnit } from '@hallq/core';
import { CatalogReply, ErrorBody } from '@hallq/protocol';
import { HallqError } from '../errors';

const routes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/catalog',
    {
      schema: {
        tags: ['catalog'],
        summary: 'Sites, units, items and windows (open)',
        querystring: Type.Object(
          { siteId: Type.Optional(Type.String({ maxLength: 64 })) },
          { additionalProperties: false },
        ),
        response: { 200: CatalogReply, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const now = app.clock.now();
      const { catalog, itemIssued } = app.hall.state;
      const siteId = request.query.siteId ?? 'district';
      const site = catalog.sites[siteId];
      if (!site) throw new HallqError('HALLQ_E_SITE_NOT_FOUND');
      const tz = site.timeZone;
      const bt = businessTime(now, tz);
      const day = bt.day;
      return {
        hall: {
          name: site.name,
          timeZone: tz,
          businessDay: day,
          weekday: bt.weekday,
          waitLimitMinutes: app.config.HALLQ_WAIT_LIMIT_MIN,
          voice: {
            template: app.config.HALLQ_VOICE_TEMPLATE,
            one: app.config.HALLQ_VOICE_ONE,
            repeat: app.config.HALLQ_VOICE_REPEAT,
          },
        },
        sites: Object.values(catalog.sites).map((s) => ({
          id: s.id,
          name: s.name,
          level: s.level,
          timeZone: s.timeZone,
        })),
        units: Object.values(catalog.units).map((u) => ({
          id: u.id,
          siteId: u.siteId,
          name: u.name,
          shortName: u.shortName,
          ticketPrefix: u.ticketPrefix,
          kind: u.kind,
          ...(u.rotaWeekdays ? { rotaWeekdays: u.rotaWeekdays } : {}),
          ...(u.zone ? { zone: u.zone } : {}),
          servedToday: windowsServingUnit(catalog, u.id, bt.weekday).length > 0,
          servedWeekdays: servedWeekdays(catalog, u.id),
        })),
        items: Object.values(catalog.items).map((i) => ({
          id: i.id,
          unitId: i.unitId,
          code: i.code,
          name: i.name,
          category: i.category,
          promisedDays: i.promisedDays,
          onTheSpot: i.onTheSpot,
          expectedServiceMinutes: i.expectedServiceMinutes,
          ...(i.dailyQuota != null
            ? {
                dailyQuota: i.dailyQuota,
                remainingToday: Math.max(0, i.dailyQuota - (itemIssued[`${i.id}|${day}`] ?? 0)),
              }
            : {}),
        })),
        windows: Object.values(catalog.windows)
          .sort((a, b) => a.number - b.number)
          .map((w) => ({
            id: w.id,
            siteId: w.siteId,
            number: w.number,
            name: w.name,
            zone: w.zone,
            kind: w.kind,
            unitIds: w.unitIds,
            todayUnitIds: unitsServedBy(w, bt.weekday),
            ...(w.rota ? { rota: w.rota as Record<string, string> } : {}),
          })),
      };
    },
  );
};

export default routes;
