/**
 * What a screen catches: an ApiError carries the server's code and its plain
 * zh-CN message; a NetworkError means the server could not be reached (the
 * request may or may not have arrived: retry with the same Idempotency-Key).
 */
import { errorMessage, isHallqErrorCode } from '@hallq/protocol';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly messageEn: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export class NetworkError extends Error {
  constructor(override readonly cause?: unknown) {
    super('无法连接服务器，请稍候');
    this.name = 'NetworkError';
  }
}

export function apiErrorFrom(status: number, body: unknown): ApiError {
  const e = (
    body as {
      error?: {
        code?: string;
        message?: string;
        messageEn?: string;
        details?: Record<string, unknown>;
      };
    }
  )?.error;
  if (e?.code) {
    return new ApiError(status, e.code, e.message ?? e.code, e.messageEn ?? e.code, e.details);
  }
  const code = status >= 500 ? 'HALLQ_E_INTERNAL' : 'HALLQ_E_VALIDATION';
  return new ApiError(status, code, errorMessage(code, 'zh-CN'), errorMessage(code, 'en'));
}

/** The plain message to show for any failure. */
export function messageOf(err: unknown, lang: 'zh-CN' | 'en' = 'zh-CN'): string {
  if (err instanceof ApiError) {
    if (lang === 'en') return err.messageEn;
    return err.message;
  }
  if (err instanceof NetworkError) return lang === 'en' ? 'Cannot reach the server' : err.message;
  return lang === 'en' ? 'Something went wrong' : '操作失败，请重试';
}

export const isCode = (err: unknown, code: string): boolean =>
  err instanceof ApiError && isHallqErrorCode(err.code) && err.code === code;
