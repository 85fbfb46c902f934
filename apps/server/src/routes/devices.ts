/**
 * Devices (kiosks, callers, displays): created and revoked by an admin; they
 * report their health. A revoked device's token is refused at once (401) and
 * its sockets close.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  CreateDeviceBody,
  CreateDeviceReply,
  DeviceListReply,
  EmptyBody,
  ErrorBody,
  Id,
  IdParams,
  RevokeDeviceReply,
} from '@hallq/protocol';
import { deviceOf } from '../plugins/auth';
import { HallqError } from '../errors';
import { checkDeviceWindow } from './device-window';
import { allowedPrinterHosts, printerUrlProblem } from '../security/printer-url';
import { writeSite } from './site-scope';
import { adminCaller } from '../plugins/admin';
import { reportDeviceFault } from '../domain/device-faults';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

const PrinterStatus = Type.Union(
  ['online', 'paperNearEnd', 'paperOut', 'coverOpen', 'offline'].map((s) => Type.Literal(s)),
);
const VoiceSource = Type.Union(
  ['speechSynthesis', 'serverTts', 'chimeOnly'].map((s) => Type.Literal(s)),
);

const routes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/devices/me/status',
    {
      onRequest: app.requireDevice(['kiosk', 'caller', 'display']),
      schema: {
        tags: ['devices'],
        summary: "A device reports its printer's state, its voice source, or a fault",
        body: Type.Object(
          {
            printerStatus: Type.Optional(PrinterStatus),
            voiceSource: Type.Optional(VoiceSource),
            fault: Type.Optional(
              Type.Object(
                {
                  code: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Z0-9_]+$' }),
                  message: Type.String({ maxLength: 200 }),
                  ticketId: Type.Optional(Id),
                },
                { additionalProperties: false },
              ),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ ok: Type.Literal(true) }), ...errors },
      },
    },
    async (request) => {
      const device = deviceOf(request);
      const now = app.clock.now();
      app.accounts.touchDevice(device.id, now, {
        ...(request.body.printerStatus ? { printerStatus: request.body.printerStatus } : {}),
        ...(request.body.voiceSource ? { voiceSource: request.body.voiceSource } : {}),
      });
      const f = request.body.fault;
      // Logged and broadcast to the site (device.fault), not only stored.
      if (f) reportDeviceFault(app, device, f);
      return { ok: true as const };
    },
  );

  app.get(
    '/devices/me/printer',
    {
      onRequest: app.requireDevice(['kiosk']),
      schema: {
        tags: ['devices'],
        summary:
          "The state of this kiosk's server-side network printer ('none': printing is local or unset)",
        response: {
          200: Type.Object({ status: Type.Union([PrinterStatus, Type.Literal('none')]) }),
          ...errors,
        },
      },
    },
    async (request) => {
      const status = await app.kioskPrinterStatus(deviceOf(request));
      return { status: (status ?? 'none') as 'none' };
    },
  );

  app.get(
    '/devices',
    {
      onRequest: app.requireStaff(['admin', 'supervisor']),
      schema: {
        tags: ['devices'],
        summary: 'Devices with printer state and voice source; recent faults (admin, supervisor)',
        response: {
          200: DeviceListReply,
          ...errors,
        },
      },
    },
    async () => ({
      devices: app.accounts.listDevices().map((d) => ({
        id: d.id,
        kind: d.kind,
        siteId: d.site_id,
        name: d.name,
        revoked: d.revoked_at != null,
        ...(d.printer_url ? { printerUrl: d.printer_url } : {}),
        ...(d.printer_status ? { printerStatus: d.printer_status } : {}),
        ...(d.voice_source ? { voiceSource: d.voice_source } : {}),
        ...(d.last_seen_at != null ? { lastSeenAt: d.last_seen_at } : {}),
        ...(d.window_id ? { windowId: d.window_id } : {}),
      })),
      faults: app.accounts
        .recentFaults()
        .map((f) => ({ deviceId: f.device_id, code: f.code, message: f.message, at: f.at })),
    }),
  );

  app.post(
    '/devices',
    {
      onRequest: app.requireStaff(['admin']),
      schema: {
        tags: ['devices'],
        summary: 'Create a device and its token (admin); the token is shown once',
        body: CreateDeviceBody,
        response: { 201: CreateDeviceReply, ...errors },
      },
    },
    async (request, reply) => {
      const siteId = writeSite(app, request, request.body.siteId);
      const printerUrl = request.body.printerUrl;
      const problem =
        printerUrl === undefined
          ? undefined
          : printerUrlProblem(printerUrl, allowedPrinterHosts(app.config.HALLQ_PRINTER_HOSTS));
      if (problem) throw new HallqError('HALLQ_E_VALIDATION', { field: 'printerUrl', problem });
      // A rater (好差评 pad) is bound to one window of the site; no other kind takes one.
      const windowId = request.body.windowId;
      checkDeviceWindow(app, request.body.kind, windowId, siteId);
      // An admin change like any other: logged as device.changed and audited.
      const { device, token } = app.admin.devices.create(adminCaller(request), {
        kind: request.body.kind,
        name: request.body.name,
        siteId,
        ...(request.body.printerUrl ? { printerUrl: request.body.printerUrl } : {}),
        ...(windowId ? { windowId } : {}),
      });
      return reply.status(201).send({
        token,
        device: {
          id: device.id,
          kind: device.kind,
          siteId: device.site_id,
          name: device.name,
          revoked: false,
          ...(device.printer_url ? { printerUrl: device.printer_url } : {}),
          ...(device.window_id ? { windowId: device.window_id } : {}),
        },
      });
    },
  );

  app.post(
    '/devices/:id/revoke',
    {
      onRequest: app.requireStaff(['admin']),
      schema: {
        tags: ['devices'],
        summary:
          'Revoke a device of the admin’s site: its token is refused at once (401) and its sockets close (admin)',
        params: IdParams,
        body: EmptyBody,
        response: { 200: RevokeDeviceReply, ...errors },
      },
    },
    async (request) => ({
      device: app.admin.devices.revoke(adminCaller(request), request.params.id),
    }),
  );
};

export default routes;
