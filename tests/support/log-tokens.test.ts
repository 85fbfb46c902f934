import { describe, expect, it } from 'vitest';
import { LogCapture } from './log-tokens';

describe('the e2e log check', () => {
  it('finds a session or device token anywhere in a line, and passes a redacted log', () => {
    const log = new LogCapture();
    log.stream.write('{"msg":"incoming request","req":{"url":"/kiosk/?device=[redacted]"}}\n');
    expect(() => log.assertNoTokens()).not.toThrow();
    log.stream.write(`{"req":{"url":"/api/v1/tts?device=hqd_${'A'.repeat(43)}"}}\n`);
    log.stream.write(`{"headers":{"authorization":"Bearer hqs_${'b'.repeat(43)}"}}\n`);
    expect(log.tokens().map((t) => t.token.slice(0, 4))).toEqual(['hqd_', 'hqs_']);
    expect(() => log.assertNoTokens()).toThrow(/2 token/);
  });
});
