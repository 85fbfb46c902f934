/** The emulator over real TCP on 127.0.0.1 ephemeral ports, driven by a bare client. */
import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator } from './start-emulator';
import type { PrinterEmulator } from './start-emulator';
import { connect, connectError, sendJob } from './testing/raw-client';

const job = (text: string): Uint8Array => Buffer.from(`\x1b@${text}\n\x1dV\x00`, 'latin1');

let emulator: PrinterEmulator;
beforeEach(async () => {
  emulator = await startEmulator({ jobIdleMs: 300, maxJobs: 3 });
});
afterEach(async () => {
  await emulator.close();
});

describe('printer emulator over TCP', () => {
  it('keeps each connection as one receipt and hands them out in order', async () => {
    await sendJob(emulator.port, job('first'));
    await sendJob(emulator.port, job('second'));
    expect((await emulator.waitForJob()).text).toBe('first');
    expect((await emulator.waitForJob()).text).toBe('second');
    expect(emulator.jobs().map((r) => [r.id, r.text, r.cuts, r.interrupted])).toEqual([
      [1, 'first', 1, false],
      [2, 'second', 1, false],
    ]);
  });

  it('waits for a job that has not arrived yet, and gives up after the timeout', async () => {
    const waiting = emulator.waitForJob();
    await sendJob(emulator.port, job('later'));
    expect((await waiting).text).toBe('later');
    await expect(emulator.waitForJob(50)).rejects.toThrow(/no print job arrived within 50 ms/);
  });

  it('ends a job after an idle gap even when the client keeps the connection open', async () => {
    const client = await connect(emulator.port);
    await client.write(job('idle'));
    expect((await emulator.waitForJob()).text).toBe('idle');
    client.destroy();
  });

  it('answers status queries at once and prints nothing for a status-only connection', async () => {
    const client = await connect(emulator.port);
    expect(await client.query(1)).toBe(0x12);
    await emulator.setMode({ paperOut: true });
    expect(await client.query(4)).toBe(0x7e);
    await client.end();
    expect(emulator.jobs()).toEqual([]);
  });

  it('keeps only the newest maxJobs receipts', async () => {
    for (const text of ['1', '2', '3', '4']) await sendJob(emulator.port, job(text));
    await expect.poll(() => emulator.jobs().map((r) => r.text)).toEqual(['2', '3', '4']);
  });

  it('refuses connections while offline and accepts them again on the same port', async () => {
    const port = emulator.port;
    await emulator.setMode({ offline: true });
    expect(await connectError(port)).toBe('ECONNREFUSED');
    await emulator.setMode({});
    expect(await connectError(port)).toBeNull();
    expect(emulator.port).toBe(port);
  });

  it('reports a port taken while offline, and comes back once it is free', async () => {
    const port = emulator.port;
    await emulator.setMode({ offline: true });
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    await expect(emulator.setMode({})).rejects.toThrow(/EADDRINUSE/);
    await new Promise<void>((resolve) => squatter.close(() => resolve()));
    await emulator.setMode({});
    expect(await connectError(port)).toBeNull();
  });

  it('cuts open connections when it goes offline, as a printer switched off', async () => {
    const client = await connect(emulator.port);
    await emulator.setMode({ offline: true });
    await client.closed;
  });

  it('answers late in slow mode', async () => {
    await emulator.setMode({ slowMs: 5000 });
    const client = await connect(emulator.port);
    expect(await client.query(1, 200)).toBeNull();
    client.destroy();
  });

  it('drops the connection part-way through a job and keeps the part it printed', async () => {
    await emulator.setMode({ dropMidJob: true });
    const client = await connect(emulator.port);
    expect(await client.query(1)).toBe(0x12); // status queries alone are not dropped
    await client.write(job(`${'x'.repeat(100)}`));
    await client.closed;
    const receipt = await emulator.waitForJob();
    expect(receipt.interrupted).toBe(true);
    expect(receipt.cuts).toBe(0);
    expect(receipt.text.length).toBeLessThan(100);
  });

  it('drops only the next N jobs with dropNext, then prints normally', async () => {
    await emulator.setMode({ dropNext: 1 });
    await sendJob(emulator.port, job('x'.repeat(60)));
    expect(emulator.mode()).toEqual({});
    await sendJob(emulator.port, job('whole'));
    expect((await emulator.waitForJob()).interrupted).toBe(true);
    expect(await emulator.waitForJob()).toMatchObject({
      text: 'whole',
      interrupted: false,
      cuts: 1,
    });
  });

  it('rejects pending waits when closed', async () => {
    const waiting = emulator.waitForJob(10_000);
    await emulator.close();
    await expect(waiting).rejects.toThrow(/closed/);
    emulator = await startEmulator();
  });
});
