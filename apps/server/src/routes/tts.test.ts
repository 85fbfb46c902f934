/** /tts speaks only for display and kiosk devices, renders a bounded number at once and caches. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';
import { execFileSync } from 'node:child_process';
import { TTS_CONCURRENCY } from './tts';

/** .ci/run installs espeak-ng; elsewhere the rendering case is reported as skipped. */
const hasEspeak = (() => {
  try {
    execFileSync('espeak-ng', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('GET /api/v1/tts', () => {
  let hall: TestHall;
  beforeAll(async () => {
    hall = await startTestHall();
  });
  afterAll(() => hall.close());

  const tts = (text: string, token?: string) =>
    hall.request({
      method: 'GET',
      url: `/api/v1/tts?text=${encodeURIComponent(text)}${token ? `&device=${token}` : ''}`,
    });

  it('refuses anyone but a display or a kiosk: no token 401, a caller terminal 403', async () => {
    expect((await tts('请A001号到1号窗口办理')).status).toBe(401);
    const caller = await tts('请A001号到1号窗口办理', hall.device('caller'));
    expect(caller.status).toBe(403);
    expect(caller.body.error.code).toBe('HALLQ_E_FORBIDDEN');
  });

  it.runIf(hasEspeak)('speaks a rating pad’s prompt (a tablet without a zh-CN voice)', async () => {
    const rater = hall.creds.devices.find((d) => d.kind === 'rater');
    expect(rater).toBeDefined();
    const res = await tts('请您对本次服务进行评价', rater!.token);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('audio/wav');
  });

  it.runIf(hasEspeak)('speaks a kiosk’s 适老 prompt', async () => {
    const res = await tts('请选择办理部门。', hall.device('kiosk'));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('audio/wav');
  });

  it.runIf(hasEspeak)(
    'renders at most a few at once (the rest: 429 to retry), and a cached phrase always answers',
    async () => {
      const display = hall.device('display');
      const first = await tts('请A零零一号到1号窗口办理', display);
      expect(first.status).toBe(200);
      expect(first.headers['content-type']).toBe('audio/wav');
      const burst = await Promise.all(
        Array.from({ length: 6 }, (_, i) => tts(`请B零零${i + 1}号到2号窗口办理`, display)),
      );
      const rendered = burst.filter((r) => r.status === 200).length;
      expect(rendered).toBeGreaterThanOrEqual(1);
      expect(rendered).toBeLessThanOrEqual(TTS_CONCURRENCY);
      for (const r of burst.filter((x) => x.status !== 200)) {
        expect(r.status).toBe(429);
        expect(r.headers['retry-after']).toBe('1');
      }
      // From the cache: no rendering slot needed, even mid-burst.
      const again = await Promise.all([
        tts('请A零零一号到1号窗口办理', display),
        tts(`请B零零7号到2号窗口办理`, display),
        tts(`请B零零8号到2号窗口办理`, display),
        tts('请A零零一号到1号窗口办理', display),
      ]);
      expect(again[0]?.status).toBe(200);
      expect(again[3]?.status).toBe(200);
    },
  );
});
