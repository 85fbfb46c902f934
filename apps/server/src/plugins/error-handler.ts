/**
 * Every failure leaves as `{ error: { code, message, messageEn } }` with a
 * 4xx for anything the caller did, so no screen ever shows a stack trace.
 */
import fp from 'fastify-plugin';
import type { FastifyError } from 'fastify';
import type { HallqErrorCode } from '@hallq/protocol';
import { HallqError, errorBody } from '../errors';

const FASTIFY_CODES: Record<string, HallqErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'HALLQ_E_PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'HALLQ_E_UNSUPPORTED_MEDIA',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'HALLQ_E_VALIDATION',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'HALLQ_E_VALIDATION',
  FST_ERR_CTP_INVALID_JSON_BODY: 'HALLQ_E_VALIDATION',
  FST_ERR_VALIDATION: 'HALLQ_E_VALIDATION',
};

export default fp(
  async (app) => {
    app.setErrorHandler((error: FastifyError | HallqError, request, reply) => {
      if (error instanceof HallqError) {
        return reply.status(error.statusCode).send(errorBody(error.code, error.details));
      }
      if (error.validation) {
        return reply.status(400).send(
          errorBody('HALLQ_E_VALIDATION', {
            problems: error.validation
              .slice(0, 5)
              .map((v) =>
                `${v.instancePath || error.validationContext || ''} ${v.message ?? ''}`.trim(),
              ),
          }),
        );
      }
      const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
      if (mapped)
        return reply
          .status(mapped === 'HALLQ_E_VALIDATION' ? 400 : (error.statusCode ?? 400))
          .send(errorBody(mapped));
      if (error.statusCode === 429)
        return reply.status(429).send(errorBody('HALLQ_E_RATE_LIMITED'));
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
        return reply.status(error.statusCode).send(errorBody('HALLQ_E_VALIDATION'));
      }
      request.log.error({ err: error }, 'unhandled error');
      return reply.status(500).send(errorBody('HALLQ_E_INTERNAL'));
    });

    app.setNotFoundHandler((request, reply) => {
      reply.status(404).send(errorBody('HALLQ_E_NOT_FOUND'));
    });
  },
  { name: 'error-handler' },
);
