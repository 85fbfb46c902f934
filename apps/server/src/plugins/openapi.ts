/**
 * The OpenAPI document, generated from the route schemas, and its UI at
 * /docs; beside it the socket.io contract as AsyncAPI (asyncapi-page.ts).
 */
import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { PROTOCOL_VERSION } from '@hallq/protocol';
import { SERVER_VERSION } from '../version';
import { asyncApiDocument, asyncApiPage } from './asyncapi-page';

export default fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        info: {
          title: 'hallq API — 政务服务中心排队叫号系统',
          version: SERVER_VERSION,
          description: `Protocol version ${PROTOCOL_VERSION}. Errors are \`{ error: { code, message, messageEn } }\` with codes HALLQ_E_*. Auth: \`Authorization: Bearer <token>\` for staff sessions and device tokens. Real-time events: socket.io at the default path, \`auth: { token, siteId }\`; every event and its payload is in the AsyncAPI document: [/docs/events](/docs/events) ([asyncapi.json](/docs/asyncapi.json)).`,
        },
        components: {
          securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
        },
      },
    });
    await app.register(swaggerUi, { routePrefix: '/docs' });

    // Built on the first request: nothing at boot for a page few ever open.
    let doc: Record<string, unknown> | undefined;
    let page: string | undefined;
    const document = () =>
      (doc ??= asyncApiDocument({
        serverVersion: SERVER_VERSION,
        ...(app.config.HALLQ_PUBLIC_URL ? { host: new URL(app.config.HALLQ_PUBLIC_URL).host } : {}),
      }));
    app.get('/docs/asyncapi.json', { schema: { hide: true } }, async () => document());
    app.get('/docs/events', { schema: { hide: true } }, async (_request, reply) =>
      reply.type('text/html; charset=utf-8').send((page ??= asyncApiPage(document()))),
    );
  },
  { name: 'openapi' },
);
