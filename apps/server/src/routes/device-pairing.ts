/**
 * Device pairing (设备配对): a kiosk, caller, display or rating pad opened without a
 * token asks for a six-digit code (POST /devices/pairing, open) and shows
 * it; an admin binds it in the console (POST /devices/pair {code, kind,
 * name}), which creates the device like POST /devices (on the admin's
 * site, audited as device.paired); the screen, polling GET
 * /devices/pairing/:id with the secret id only it holds, picks its token
 * up once. Nobody types a token.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  EmptyBody,
  ErrorBody,
  PairDeviceBody,
  PairDeviceReply,
  PairingIdParams,
  PairingStartReply,
  PairingStatusReply,
} from '@hallq/protocol';
import { DevicePairings } from '../domain/device-pairing';
import { HallqError } from '../errors';
import { adminCaller } from '../plugins/admin';
import { allowedPrinterHosts, printerUrlProblem } from '../security/printer-url';
import { writeSite } from './site-scope';
import { checkDeviceWindow } from './device-window';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 429: ErrorBody };
const tags = ['devices'];

const routes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const pairings = new DevicePairings(() => app.clock.now());

  app.post(
    '/devices/pairing',
    {
      config: { rateLimit: { max: 30, timeWindow: 60_000 } },
      schema: {
        tags,
        summary:
          'A screen without a token asks for a six-digit pairing code, valid 10 minutes (open)',
        body: EmptyBody,
        response: { 201: PairingStartReply, ...errors },
      },
    },
    async (_request, reply) => reply.status(201).send(pairings.start()),
  );

  app.get(
    '/devices/pairing/:id',
    {
      schema: {
        tags,
        summary:
          'The screen polls its pairing: waiting, or paired with its device token (handed over once) (open, by the secret pairing id)',
        params: PairingIdParams,
        response: { 200: PairingStatusReply, ...errors },
      },
    },
    async (request) => pairings.status(request.params.id),
  );

  app.post(
    '/devices/pair',
    {
      onRequest: app.requireStaff(['admin']),
      schema: {
        tags,
        summary:
          'Bind the code a screen shows: creates the device on the admin’s site (or, for a district admin, a township hall’s), a rater with its windowId, audited as device.paired (admin)',
        body: PairDeviceBody,
        response: { 201: PairDeviceReply, ...errors },
      },
    },
    async (request, reply) => {
      const { code, kind, name, printerUrl, windowId } = request.body;
      const siteId = writeSite(app, request, request.body.siteId);
      // A rating pad is paired to its window, as POST /devices makes one.
      checkDeviceWindow(app, kind, windowId, siteId);
      const problem =
        printerUrl === undefined
          ? undefined
          : printerUrlProblem(printerUrl, allowedPrinterHosts(app.config.HALLQ_PRINTER_HOSTS));
      if (problem) throw new HallqError('HALLQ_E_VALIDATION', { field: 'printerUrl', problem });
      const device = pairings.bind(code, () => {
        const { device: row, token } = app.admin.devices.create(adminCaller(request), {
          kind,
          name,
          siteId,
          paired: true,
          ...(printerUrl ? { printerUrl } : {}),
          ...(windowId ? { windowId } : {}),
        });
        return {
          token,
          device: {
            id: row.id,
            kind: row.kind,
            siteId: row.site_id,
            name: row.name,
            ...(row.window_id ? { windowId: row.window_id } : {}),
          },
        };
      });
      return reply.status(201).send({
        device: {
          ...device,
          revoked: false,
          ...(printerUrl ? { printerUrl } : {}),
        },
      });
    },
  );
};

export default routes;
