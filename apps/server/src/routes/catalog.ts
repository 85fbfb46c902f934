/**
 * One site's catalogue as a kiosk or screen needs it, with today's rota
 * applied: the site named by `?siteId=`, else the caller's own (a device's or
 * staff member's token), else the district-level hall. A township lists the
 * master items it enabled under its intake unit (core Q26). Every site is listed
 * (names only) so a screen can offer the others. The answer is kept, as
 * text, until something it shows may have moved (catalog-reply-cache.ts).
 */
import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  businessTime,
  itemsAtSite,
  scoringScheme,
  unitsServedBy,
  type IsoWeekday,
  type Site,
  type Window,
} from '@hallq/core';
import { CatalogReply, ErrorBody } from '@hallq/protocol';
import { requestSite } from './site-scope';
import { enquiryOf } from '../domain/help-desk';
import { CatalogReplyCache } from './catalog-reply-cache';

const WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

/** A visitor who walked away: the kiosk asks 还需要更多时间吗？ after this long. */
const DEFAULT_KIOSK_IDLE_SECONDS = 60;

/** weekday → the units some window of the site serves that day: the rota, read once. */
function servedByWeekday(windows: readonly Window[]): Map<IsoWeekday, Set<string>> {
  return new Map(
    WEEKDAYS.map((d) => [d, new Set(windows.flatMap((w) => unitsServedBy(w, d)))] as const),
  );
}

const routes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const cache = new CatalogReplyCache();
  const unsubscribe = app.hall.onEvents((_stream, events) => cache.heard(events));
  app.addHook('onClose', async () => unsubscribe());
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
    async (request, reply) => {
      const now = app.clock.now();
      const { catalog, itemIssued } = app.hall.state;
      // An open route: a token only says whose site to answer for.
      const site = catalog.sites[requestSite(app, request, request.query.siteId)] as Site;
      const tz = site.timeZone;
      const bt = businessTime(now, tz);
      const day = bt.day;
      void reply.type('application/json; charset=utf-8');
      const kept = cache.get(catalog, site.id, day);
      // Bytes are sent as they are (Fastify serializes objects only).
      if (kept !== undefined) return reply.send(kept as unknown as CatalogReply);
      const units = Object.values(catalog.units).filter((u) => u.siteId === site.id);
      const windows = Object.values(catalog.windows).filter((w) => w.siteId === site.id);
      const served = servedByWeekday(windows);
      const enquiry = enquiryOf(catalog, site.id);
      const answer: CatalogReply = {
        hall: {
          name: site.name,
          timeZone: tz,
          businessDay: day,
          weekday: bt.weekday,
          waitLimitMinutes: app.supervision.settings(site.id).waitLimitMinutes,
          noShow: {
            confirm: site.noShowConfirm ?? true,
            unlessRecalls: site.noShowConfirmUnlessRecalls ?? 1,
          },
          ...(enquiry ? { enquiry } : {}),
          kioskIdleSeconds: site.kioskIdleSeconds ?? DEFAULT_KIOSK_IDLE_SECONDS,
          // The site's own voice over the server's (a change is a catalog.changed: screens re-read).
          voice: {
            template: site.voice?.template ?? app.config.HALLQ_VOICE_TEMPLATE,
            one: site.voice?.one ?? app.config.HALLQ_VOICE_ONE,
            repeat: site.voice?.repeat ?? app.config.HALLQ_VOICE_REPEAT,
          },
          ...(site.publicUrl ? { publicUrl: site.publicUrl } : {}),
          printMaterials: site.printMaterials ?? false,
        },
        sites: Object.values(catalog.sites).map((s) => ({
          id: s.id,
          name: s.name,
          level: s.level,
          ...(s.parentId !== undefined ? { parentId: s.parentId } : {}),
          timeZone: s.timeZone,
          openingHours: s.openingHours,
          workingWeekdays: s.workingWeekdays,
          numberWidth: s.numberWidth,
          priorityRatio: s.priorityRatio,
          ...(s.noShowConfirm !== undefined ? { noShowConfirm: s.noShowConfirm } : {}),
          ...(s.noShowConfirmUnlessRecalls !== undefined
            ? { noShowConfirmUnlessRecalls: s.noShowConfirmUnlessRecalls }
            : {}),
          // The thresholds and the scheme of the site answered for only (the admin
          // console reads a site's own catalogue): a kiosk need not carry the
          // 54 others' (about a third of the district's answer).
          ...(s.id === site.id
            ? { supervision: app.supervision.settings(s.id), scoring: scoringScheme(s.scoring) }
            : {}),
        })),
        units: units.map((u) => ({
          id: u.id,
          siteId: u.siteId,
          name: u.name,
          shortName: u.shortName,
          ticketPrefix: u.ticketPrefix,
          kind: u.kind,
          ...(u.rotaWeekdays ? { rotaWeekdays: u.rotaWeekdays } : {}),
          ...(u.zone ? { zone: u.zone } : {}),
          servedToday: served.get(bt.weekday)?.has(u.id) ?? false,
          servedWeekdays: WEEKDAYS.filter((d) => served.get(d)?.has(u.id)),
          ...(u.enabled === false ? { enabled: false } : {}),
          ...(u.id === site.intakeUnitId ? { intake: true } : {}),
        })),
        // Its own units' items, then the master items it enabled, under its intake unit (Q26).
        items: itemsAtSite(catalog, site.id).map(({ item: i, unitId }) => {
          const home = unitId === i.unitId;
          return {
            id: i.id,
            unitId,
            ...(home ? {} : { homeUnitId: i.unitId }),
            code: i.code,
            name: i.name,
            category: i.category,
            promisedDays: i.promisedDays,
            onTheSpot: i.onTheSpot,
            expectedServiceMinutes: i.expectedServiceMinutes,
            ...(i.aliases?.length ? { aliases: i.aliases } : {}),
            ...(i.enabled === false ? { enabled: false } : {}),
            ...(i.guide ? { guide: i.guide } : {}),
            // 限号 is the home hall's (Q7, Q26).
            ...(i.dailyQuota != null && home
              ? {
                  dailyQuota: i.dailyQuota,
                  remainingToday: Math.max(0, i.dailyQuota - (itemIssued[`${i.id}|${day}`] ?? 0)),
                }
              : {}),
          };
        }),
        windows: windows
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
      // Serialized by the route's own serializer (the 200 schema), then kept as text.
      const body = cache.set(catalog, site.id, day, reply.serialize(answer) as string);
      return reply.send(body as unknown as CatalogReply);
    },
  );
};

export default routes;
