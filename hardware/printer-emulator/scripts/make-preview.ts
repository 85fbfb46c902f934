/**
 * Regenerates preview.png: the emulator page with one printed ticket, shot by
 * headless Chromium (Debian `chromium` + `fonts-wqy-zenhei` for the Chinese).
 *   pnpm --filter @hallq/printer-emulator preview
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createPrinter, renderTicket } from '@hallq/printer';
import { startEmulator } from '../src/index';
import { TICKET } from '../test/tickets';

const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const output = fileURLToPath(new URL('../preview.png', import.meta.url));

const emulator = await startEmulator();
const profile = await mkdtemp(join(tmpdir(), 'hallq-preview-'));
try {
  const printer = createPrinter({ kind: 'network', host: '127.0.0.1', port: emulator.port });
  const result = await printer.print(renderTicket({ ...TICKET, issuedAt: Date.now() }));
  if (!result.ok) throw new Error(`printing to the emulator failed: ${result.message}`);
  await emulator.waitForJob();
  await promisify(execFile)(chromium, [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--hide-scrollbars',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    `--user-data-dir=${profile}`,
    '--window-size=560,720',
    '--force-device-scale-factor=1.5',
    `--screenshot=${output}`,
    emulator.url,
  ]);
  console.log(`wrote ${output}`);
} finally {
  await emulator.close();
  await rm(profile, { recursive: true, force: true });
}
