/**
 * No secret reaches the log. Screens open with `?device=<token>` and send
 * `Authorization: Bearer <token>`; the request line Fastify logs would carry
 * the first, a logged header the second. The request serializer logs the
 * URL with the values of secret parameters replaced, and pino's `redact`
 * removes the headers should anything log them.
 */
const SECRET_PARAMS = new Set(['device', 'token', 'access_token', 'password']);

/** `url` with the values of secret query parameters replaced by `[redacted]`. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const query = url
    .slice(q + 1)
    .split('&')
    .map((part) => {
      const eq = part.indexOf('=');
      const name = decodeSafely(eq < 0 ? part : part.slice(0, eq)).toLowerCase();
      return SECRET_PARAMS.has(name)
        ? `${part.slice(0, eq < 0 ? part.length : eq)}=[redacted]`
        : part;
    })
    .join('&');
  return `${url.slice(0, q)}?${query}`;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

interface LoggedRequest {
  method: string;
  url: string;
  ip?: string;
  id?: string | number;
}

export function loggerOptions(level: string) {
  return {
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'headers.authorization',
        'headers.cookie',
        'res.headers["set-cookie"]',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: LoggedRequest) => ({
        id: req.id,
        method: req.method,
        url: redactUrl(req.url),
        remoteAddress: req.ip,
      }),
    },
  };
}
