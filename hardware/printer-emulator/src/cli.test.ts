/** `pnpm start`: the CLI starts the emulator on the given ports, prints both addresses and stops on SIGTERM. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sendJob } from './testing/raw-client';

describe('printer emulator CLI', () => {
  it('prints its ESC/POS and page addresses, takes a job, and exits cleanly on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(new URL('./cli.ts', import.meta.url))],
      {
        cwd: fileURLToPath(new URL('..', import.meta.url)),
        env: { ...process.env, PRINTER_PORT: '0', PRINTER_HTTP_PORT: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const exited = new Promise<number | null>((resolve) =>
      child.once('exit', (code) => resolve(code)),
    );
    try {
      let output = '';
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (/小票预览\s+http:\S+/.test(output)) resolve();
        });
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        void exited.then(() => reject(new Error(`the CLI exited early:\n${output}`)));
      });
      const tcpPort = Number(/tcp:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1]);
      const pageUrl = /小票预览\s+(http:\S+)/.exec(output)?.[1] ?? '';
      expect(tcpPort).toBeGreaterThan(0);
      expect(pageUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);

      await sendJob(tcpPort, Buffer.from('\x1b@hello\n'));
      await expect
        .poll(
          async () => ((await (await fetch(new URL('/jobs', pageUrl))).json()) as unknown[]).length,
        )
        .toBe(1);
      expect(await (await fetch(pageUrl)).text()).toContain('hello');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});
