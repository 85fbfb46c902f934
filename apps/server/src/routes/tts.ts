/**
 * Server-side speech for displays without a zh-CN voice: espeak-ng renders
 * the call to a WAV when it is installed on the server. Absent espeak-ng the
 * route answers 503 and the display falls back to the chime and the flash.
 *
 * Only display, kiosk and rater devices may ask: the display speaks its
 * calls, the kiosk the prompts of its 适老 mode, the rating pad its
 * 请您对本次服务进行评价 (the token comes as `?device=`, because
 * an <audio> element sends no header; logs redact it). At most
 * TTS_CONCURRENCY renderings run at once, and finished ones are kept in an
 * LRU cache: a hall speaks the same few hundred phrases all day.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LRUCache } from 'lru-cache';
import { HallqError } from '../errors';
import { bearer } from '../plugins/auth';

export const TTS_CONCURRENCY = 2;
const TTS_CACHE_BYTES = 32 * 1024 * 1024;

const run = (cmd: string, args: string[]) =>
  new Promise<void>((resolve, reject) =>
    execFile(cmd, args, { timeout: 5_000 }, (err) => (err ? reject(err) : resolve())),
  );

let available: Promise<boolean> | undefined;
export const espeakAvailable = () =>
  (available ??= run('espeak-ng', ['--version']).then(
    () => true,
    () => false,
  ));

const routes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const cache = new LRUCache<string, Buffer>({
    maxSize: TTS_CACHE_BYTES,
    sizeCalculation: (wav) => Math.max(1, wav.length),
  });
  let rendering = 0;

  app.get(
    '/tts',
    {
      schema: {
        tags: ['display'],
        summary:
          'Speak a call, a kiosk prompt or a rating pad prompt as WAV (zh, espeak-ng; display, kiosk and rater devices); 503 when the server has no TTS',
        // Only the call phrases of a hall: Chinese, letters, digits, a few marks.
        querystring: Type.Object(
          {
            device: Type.Optional(Type.String({ maxLength: 200 })),
            text: Type.String({
              minLength: 1,
              maxLength: 80,
              pattern: '^[\\u4e00-\\u9fa5A-Za-z0-9，。、 ]+$',
            }),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const { text, device } = request.query;
      const principal = app.accounts.resolve(device ?? bearer(request), app.clock.now());
      if (!principal) throw new HallqError('HALLQ_E_UNAUTHORIZED');
      const kind = principal.kind === 'device' ? principal.device.kind : undefined;
      if (kind !== 'display' && kind !== 'kiosk' && kind !== 'rater')
        throw new HallqError('HALLQ_E_FORBIDDEN');
      if (!(await espeakAvailable())) throw new HallqError('HALLQ_E_UNAVAILABLE');
      let wav = cache.get(text);
      if (!wav) {
        if (rendering >= TTS_CONCURRENCY) {
          reply.header('retry-after', '1');
          throw new HallqError('HALLQ_E_RATE_LIMITED');
        }
        rendering += 1;
        const dir = await mkdtemp(path.join(tmpdir(), 'hallq-tts-'));
        try {
          const file = path.join(dir, 'call.wav');
          await run('espeak-ng', ['-v', 'cmn', '-s', '150', '-w', file, '--', text]);
          wav = await readFile(file);
        } finally {
          rendering -= 1;
          await rm(dir, { recursive: true, force: true });
        }
        cache.set(text, wav);
      }
      return reply.type('audio/wav').header('cache-control', 'private, max-age=86400').send(wav);
    },
  );
};

export default routes;
