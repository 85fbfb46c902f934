/**
 * A child process holding many socket.io display clients (websocket
 * transport), separate from the server so the server's cost is what is
 * measured. Driven by IPC from the bench:
 *   {type:'connect', url, token, count}  → {type:'connected', connected, failed}
 *   {type:'arm', expected}               → {type:'round', arrivals, missing, sample}
 *   {type:'close'}                       → {type:'closed'}
 * `arrivals[windowId]` lists the monotonic arrival times (ms) of that
 * window's `ticket.called` at every client.
 */
import { io, type Socket } from 'socket.io-client';
import { monoMs } from './stats';

type Msg =
  | { type: 'connect'; url: string; token: string; count: number }
  | { type: 'arm'; expected: number; timeoutMs: number }
  | { type: 'close' };

const sockets: Socket[] = [];
let arrivals: Record<string, number[]> = {};
let received = 0;
let expectedTotal = 0;
let armed = false;
let sample: unknown;
let finish: (() => void) | undefined;

const send = (m: unknown) => process.send?.(m);

function onCalled(payload: { window?: { id?: string } }) {
  const t = monoMs();
  if (!armed) return;
  const id = payload.window?.id ?? '?';
  (arrivals[id] ??= []).push(t);
  sample ??= payload;
  received++;
  if (received >= expectedTotal) finish?.();
}

async function connect(url: string, token: string, count: number) {
  let failed = 0;
  const BATCH = 100;
  for (let i = 0; i < count; i += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, count - i) }, () => {
      const s = io(url, {
        transports: ['websocket'],
        reconnection: false,
        auth: { token, siteId: 'district' },
        timeout: 20_000,
        forceNew: true,
      });
      s.on('ticket.called', onCalled);
      sockets.push(s);
      return new Promise<void>((resolve) => {
        s.once('connect', () => resolve());
        s.once('connect_error', () => {
          failed++;
          resolve();
        });
      });
    });
    await Promise.all(batch);
  }
  return { connected: sockets.filter((s) => s.connected).length, failed };
}

process.on('message', (m: Msg) => {
  void (async () => {
    if (m.type === 'connect') {
      send({ type: 'connected', ...(await connect(m.url, m.token, m.count)) });
    } else if (m.type === 'arm') {
      arrivals = {};
      received = 0;
      sample = undefined;
      expectedTotal = m.expected * sockets.filter((s) => s.connected).length;
      armed = true;
      const done = new Promise<void>((resolve) => {
        finish = resolve;
        setTimeout(resolve, m.timeoutMs).unref();
      });
      send({ type: 'armed' });
      await done;
      armed = false;
      finish = undefined;
      send({ type: 'round', arrivals, missing: expectedTotal - received, sample });
    } else if (m.type === 'close') {
      for (const s of sockets.splice(0)) s.close();
      send({ type: 'closed' });
    }
  })();
});
process.on('disconnect', () => process.exit(0));
