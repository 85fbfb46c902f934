/**
 * Admin API, catalogue and settings: 部门 (units), 事项 (items), 窗口 and
 * 轮值表 (windows, rota), 大厅设置 (site settings). Admin or supervisor
 * sessions, scoped to the caller's site. Each change is an event in the
 * hall's log, audited, and takes effect at once: the next ticket issued or
 * called follows it, and the screens update without a reload.
 * Units and items are never deleted (the log names them): `enabled: false`.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  CatalogEntryReply,
  CreateItemBody,
  CreateUnitBody,
  CreateWindowBody,
  ErrorBody,
  IdParams,
  RotaBody,
  UpdateItemBody,
  UpdateSiteBody,
  UpdateUnitBody,
  UpdateWindowBody,
} from '@hallq/protocol';
import { adminCaller } from '../plugins/admin';
import siteRoutes from './sites';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['admin'];
const entry = (value: object) => ({ entry: { ...value } as Record<string, unknown> });

/** PATCH /items/:id also answers the quota reply it had before the admin API. */
const ItemReply = Type.Object({
  id: Type.String(),
  dailyQuota: Type.Union([Type.Integer(), Type.Null()]),
  entry: Type.Record(Type.String(), Type.Unknown()),
});

const routes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const onRequest = app.requireStaff(['admin', 'supervisor']);

  app.post(
    '/units',
    {
      onRequest,
      schema: {
        tags,
        summary: '部门: add a unit to the caller’s site (admin, supervisor)',
        body: CreateUnitBody,
        response: { 201: CatalogEntryReply, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(entry(app.admin.catalog.createUnit(adminCaller(request), request.body))),
  );

  app.patch(
    '/units/:id',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Change a unit: name, short name, prefix, zone, enabled (admin, supervisor)',
        params: IdParams,
        body: UpdateUnitBody,
        response: { 200: CatalogEntryReply, ...errors },
      },
    },
    async (request) =>
      entry(app.admin.catalog.updateUnit(adminCaller(request), request.params.id, request.body)),
  );

  app.post(
    '/items',
    {
      onRequest,
      schema: {
        tags,
        summary: '事项: add an item to a unit (admin, supervisor)',
        body: CreateItemBody,
        response: { 201: CatalogEntryReply, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(entry(app.admin.catalog.createItem(adminCaller(request), request.body))),
  );

  app.patch(
    '/items/:id',
    {
      onRequest,
      schema: {
        tags,
        summary:
          'Change an item: name, 限号 dailyQuota (null: none), expected minutes, promised days, on the spot, enabled, aliases (别名, [] clears) (admin, supervisor)',
        params: IdParams,
        body: UpdateItemBody,
        response: { 200: ItemReply, ...errors },
      },
    },
    async (request) => {
      const item = app.admin.catalog.updateItem(
        adminCaller(request),
        request.params.id,
        request.body,
      );
      return { id: item.id, dailyQuota: item.dailyQuota ?? null, ...entry(item) };
    },
  );

  app.post(
    '/windows',
    {
      onRequest,
      schema: {
        tags,
        summary: '窗口: add a window (signed out until a clerk signs in) (admin, supervisor)',
        body: CreateWindowBody,
        response: { 201: CatalogEntryReply, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(entry(app.admin.catalog.createWindow(adminCaller(request), request.body))),
  );

  app.patch(
    '/windows/:id',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Change a window: number, name, zone, units served (admin, supervisor)',
        params: IdParams,
        body: UpdateWindowBody,
        response: { 200: CatalogEntryReply, ...errors },
      },
    },
    async (request) =>
      entry(app.admin.catalog.updateWindow(adminCaller(request), request.params.id, request.body)),
  );

  app.put(
    '/windows/:id/rota',
    {
      onRequest,
      schema: {
        tags,
        summary:
          '轮值表: the unit a comprehensive window serves each weekday, {"1": unitId, …} (admin, supervisor)',
        params: IdParams,
        body: RotaBody,
        response: { 200: CatalogEntryReply, ...errors },
      },
    },
    async (request) =>
      entry(
        app.admin.catalog.setRota(
          adminCaller(request),
          request.params.id,
          request.body.rota as Record<string, string>,
        ),
      ),
  );

  app.patch(
    '/sites/:id',
    {
      onRequest,
      schema: {
        tags,
        summary:
          '大厅设置: opening hours, working weekdays, number width, priority ratio, supervision thresholds, voice {template, repeat, one}, kioskIdleSeconds, publicUrl, printMaterials (admin, supervisor)',
        params: IdParams,
        body: UpdateSiteBody,
        response: { 200: CatalogEntryReply, ...errors },
      },
    },
    async (request) =>
      entry(app.admin.catalog.updateSite(adminCaller(request), request.params.id, request.body)),
  );

  // The site tree and each township's enabled master items (core Q26).
  await app.register(siteRoutes);
};

export default routes;
