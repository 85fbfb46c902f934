/** The OpenAPI document, generated from the route schemas, and its UI at /docs. */
import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { PROTOCOL_VERSION } from '@hallq/protocol';
import { SERVER_VERSION } from '../version';

export default fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        info: {
          title: 'hallq API — 政务服务中心排队叫号系统',
          version: SERVER_VERSION,
          description: `Protocol version ${PROTOCOL_VERSION}. Errors are \`{ error: { code, message, messageEn } }\` with codes HALLQ_E_*. Auth: \`Authorization: Bearer <token>\` for staff sessions and device tokens. Real-time events: socket.io at the default path, \`auth: { token, siteId }\`.`,
        },
        components: {
          securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
        },
      },
    });
    await app.register(swaggerUi, { routePrefix: '/docs' });
  },
  { name: 'openapi' },
);
