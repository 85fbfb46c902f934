/**
 * 首次设置 (domain/first-run.ts): GET /setup says whether the server still
 * waits for its first admin; POST /setup, with the code from the server's
 * log, creates the district site and that admin. No session: the code is
 * the credential. Attempts are limited like sign-ins (login-throttle.ts,
 * keyed on the address and the one name "setup"), and a wrong code is
 * answered a second late (refusal-hold.ts) and logged at warn. The last
 * REFUSALS_KEPT wrong codes are kept in memory and written to the audit log
 * (`auth.failed`, target `auth:setup`) when the setup makes the first admin,
 * who can then see who tried; a restart before that forgets them (the log
 * keeps each).
 */
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ErrorBody, SetupBody, SetupReply, SetupStatusReply } from '@hallq/protocol';
import { HallqError } from '../errors';
import { LoginThrottle } from '../security/login-throttle';
import { RefusalHold } from '../security/refusal-hold';
import { SignInAudit } from '../security/sign-in-audit';

/** How many wrong setup codes are remembered for the audit (the latest). */
export const REFUSALS_KEPT = 200;

const errors = { 400: ErrorBody, 403: ErrorBody, 409: ErrorBody, 429: ErrorBody };

const routes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const throttle = new LoginThrottle();
  const hold = new RefusalHold();
  const audit = new SignInAudit(app);
  const refusals: { at: number; address: string }[] = [];

  const refuse = (reply: FastifyReply, retryAfterSeconds: number) => {
    reply.header('retry-after', String(retryAfterSeconds));
    return new HallqError('HALLQ_E_RATE_LIMITED', { retryAfterSeconds });
  };

  app.get(
    '/setup',
    {
      schema: {
        tags: ['auth'],
        summary: '首次设置: whether the server still waits for its first admin (no session)',
        response: { 200: SetupStatusReply },
      },
    },
    async () => app.firstRun.status(),
  );

  app.post(
    '/setup',
    {
      onRequest: async (request, reply) => {
        const pre = throttle.precheck(request.ip, app.clock.now());
        if (pre.ok) return;
        if (!(await hold.hold(request.ip))) reply.header('connection', 'close');
        throw refuse(reply, pre.retryAfterSeconds);
      },
      schema: {
        tags: ['auth'],
        summary:
          '首次设置: with the one-time code from the server log, create the district site and the first admin (refused once an admin exists)',
        body: SetupBody,
        response: { 201: SetupReply, ...errors },
      },
    },
    async (request, reply) => {
      if (!app.firstRun.needed()) throw new HallqError('HALLQ_E_ALREADY_SET_UP');
      const attempt = throttle.take(request.ip, 'setup', app.clock.now());
      if (!attempt.ok) throw refuse(reply, attempt.retryAfterSeconds);
      if (!app.firstRun.matches(request.body.code)) {
        request.log.warn({ address: request.ip }, '首次设置: a wrong setup code');
        refusals.push({ at: app.clock.now(), address: request.ip });
        if (refusals.length > REFUSALS_KEPT) refusals.shift();
        if (!(await hold.hold(request.ip))) reply.header('connection', 'close');
        throw new HallqError('HALLQ_E_SETUP_CODE');
      }
      const { site, staff } = await app.firstRun.complete(request.body);
      audit.setupRefused(site.id, refusals.splice(0));
      request.log.warn(
        { siteId: site.id, username: staff.username },
        '首次设置 done: the setup code is no longer valid',
      );
      return reply.status(201).send({ site: { ...site } as Record<string, unknown>, staff });
    },
  );
};

export default routes;
