/**
 * Server-side speech for displays without a zh-CN voice: espeak-ng renders
 * the call to a WAV when it is installed on the server. Absent espeak-ng the
 * route answers 503 and the display falls back to the chime and the flash.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HallqError } from '../errors';

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
  const cache = new Map<string, Buffer>();

  app.get(
    '/tts',
    {
      schema: {
        tags: ['display'],
        summary: 'Speak a call as WAV (zh, espeak-ng); 503 when the server has no TTS',
        // Only the call phrases of a hall: Chinese, letters, digits, a few marks.
        querystring: Type.Object(
          {
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
      const { text } = request.query;
      if (!(await espeakAvailable())) throw new HallqError('HALLQ_E_UNAVAILABLE');
      let wav = cache.get(text);
      if (!wav) {
        const dir = await mkdtemp(path.join(tmpdir(), 'hallq-tts-'));
        try {
          const file = path.join(dir, 'call.wav');
          await run('espeak-ng', ['-v', 'cmn', '-s', '150', '-w', file, '--', text]);
          wav = await readFile(file);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
        if (cache.size > 200) cache.clear();
        cache.set(text, wav);
      }
      return reply.type('audio/wav').header('cache-control', 'public, max-age=86400').send(wav);
    },
  );
};

export default routes;
