/**
 * The one error type routes throw. The error handler turns it (and Fastify's
 * own validation errors) into `{ error: { code, message, messageEn } }`.
 */
import { ERRORS, errorMessage, type HallqErrorCode } from '@hallq/protocol';

export class HallqError extends Error {
  readonly statusCode: number;
  constructor(
    readonly code: HallqErrorCode,
    readonly details?: Record<string, unknown>,
  ) {
    super(errorMessage(code, 'en', details as { weekdays?: number[] }));
    this.statusCode = ERRORS[code].status;
  }
}

export function errorBody(code: HallqErrorCode, details?: Record<string, unknown>) {
  const d = details as { weekdays?: number[]; windowNumbers?: number[] } | undefined;
  return {
    error: {
      code,
      message: errorMessage(code, 'zh-CN', d),
      messageEn: errorMessage(code, 'en', d),
      ...(details ? { details } : {}),
    },
  };
}
