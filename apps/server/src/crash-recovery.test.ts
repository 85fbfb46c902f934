/**
 * A ticket the server acknowledged survives kill -9: the server runs in a
 * child process, answers 201, is killed without a chance to flush anything,
 * and a new server on the same file still has the ticket and its number.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  MONDAY_10AM,
  seededDataDir,
  startTestHall,
  type TestHall,
  readDemoCredentials,
} from '../test/test-hall';

const serverDir = fileURLToPath(new URL('..', import.meta.url));

/** Starts the server in a child process; resolves with its port and the process. */
function serveInChild(dataDir: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(serverDir, 'test/serve-child.ts')],
    {
      cwd: serverDir,
      env: { ...process.env, HALLQ_DATA_DIR: dataDir, HALLQ_TEST_NOW: String(MONDAY_10AM) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const port = new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve((JSON.parse(line) as { port: number }).port);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${stderr}`)));
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.once('exit', (_c, signal) => resolve(signal)),
  );
  return { child, port, exited };
}

describe('crash recovery', () => {
  let hall: TestHall | undefined;
  afterEach(async () => {
    await hall?.close();
    hall = undefined;
  });

  it('acknowledged tickets and calls survive kill -9 of the server', async () => {
    const dataDir = seededDataDir();
    const creds = readDemoCredentials(dataDir);
    const kiosk = creds.devices.find((d) => d.kind === 'kiosk')?.token;
    const server = serveInChild(dataDir);
    let killed = false;
    try {
      const base = `http://127.0.0.1:${await server.port}/api/v1`;
      const post = (url: string, token: string | undefined, body?: unknown) =>
        fetch(`${base}${url}`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${token}`,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
      const issued = [];
      for (let i = 0; i < 3; i++) {
        const res = await post('/tickets', kiosk, { itemId: 'YB001' });
        expect(res.status).toBe(201);
        issued.push(((await res.json()) as { ticket: { id: string; number: string } }).ticket);
      }
      const login = await post('/auth/login', undefined, {
        username: 'w05',
        password: creds.staff.find((s) => s.username === 'w05')?.password,
        windowId: 'w5',
      });
      const { token } = (await login.json()) as { token: string };
      expect((await post('/windows/w5/call-next', token)).status).toBe(200);

      server.child.kill('SIGKILL');
      killed = true;
      expect(await server.exited).toBe('SIGKILL');

      const after = await startTestHall({ dataDir });
      hall = after;
      const [first, second, third] = issued;
      const get = async (id: string | undefined) =>
        (await after.request({ method: 'GET', url: `/api/v1/tickets/${id}` })).body.ticket;
      expect(await get(first?.id)).toMatchObject({
        number: 'A001',
        status: 'called',
        windowId: 'w5',
      });
      expect(await get(second?.id)).toMatchObject({ number: 'A002', status: 'waiting', ahead: 0 });
      expect(await get(third?.id)).toMatchObject({ number: 'A003', status: 'waiting', ahead: 1 });
      expect((await after.issue('YB001')).body.ticket.number).toBe('A004');
    } finally {
      if (!killed) server.child.kill('SIGKILL');
    }
  });
});
