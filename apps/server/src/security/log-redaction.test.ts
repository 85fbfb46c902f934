/**
 * Tokens never reach the log: a screen opened with ?device=<token> and a
 * request with a bearer token, logged at the most verbose level, leave no
 * trace of either.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { seededDataDir, MONDAY_10AM } from '../../test/test-hall';
import { loadConfig } from '../config';
import { ManualClock } from '../clock';
import { loggerOptions, redactUrl } from './log-redaction';

describe('log redaction', () => {
  it('replaces secret query values and nothing else', () => {
    expect(redactUrl('/kiosk/?device=hqd_abc&zone=A%E5%8C%BA')).toBe(
      '/kiosk/?device=[redacted]&zone=A%E5%8C%BA',
    );
    expect(redactUrl('/display/?window=5&Token=x')).toBe('/display/?window=5&Token=[redacted]');
    expect(redactUrl('/api/v1/queues')).toBe('/api/v1/queues');
  });

  it('a full request cycle logs no token', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const config = loadConfig({ HALLQ_DATA_DIR: seededDataDir(), LOG_LEVEL: 'trace' });
    const app = await buildApp({
      config,
      clock: new ManualClock(MONDAY_10AM),
      logger: { ...loggerOptions('trace'), stream },
      serveScreens: false,
    });
    await app.ready();
    try {
      const { token } = app.accounts.createDevice(
        { kind: 'kiosk', name: '日志测试', siteId: 'district' },
        MONDAY_10AM,
      );
      await app.inject({ method: 'GET', url: `/kiosk/?device=${token}` });
      const me = await app.inject({
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(me.statusCode).toBe(200);
      const log = lines.join('');
      expect(log).toContain('device=[redacted]');
      expect(log).not.toContain(token);
      expect(log).not.toContain(token.slice(4, 20));
    } finally {
      await app.close();
    }
  });
});
