/** A bare TCP client for tests: talks to the emulator the way any ESC/POS sender would. */
import net from 'node:net';

export interface RawClient {
  /** Send DLE EOT n; the reply byte, or null if none came within `timeoutMs`. */
  query(n: number, timeoutMs?: number): Promise<number | null>;
  write(bytes: Uint8Array): Promise<void>;
  /** End the job and wait until the printer has closed the connection. */
  end(): Promise<void>;
  /** Resolves when the connection is gone, for whatever reason. */
  readonly closed: Promise<void>;
  destroy(): void;
}

export function connect(port: number, host = '127.0.0.1'): Promise<RawClient> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ port, host });
    const received: number[] = [];
    let wake: (() => void) | null = null;
    socket.on('data', (chunk) => {
      received.push(...chunk);
      wake?.();
    });
    socket.on('error', reject);
    const closed = new Promise<void>((done) => socket.on('close', () => done()));
    socket.once('connect', () =>
      resolve({
        closed,
        async query(n, timeoutMs = 2000) {
          socket.write(Uint8Array.of(0x10, 0x04, n));
          if (received.length === 0) {
            await new Promise<void>((done) => {
              const timer = setTimeout(done, timeoutMs);
              wake = () => {
                clearTimeout(timer);
                done();
              };
            });
            wake = null;
          }
          return received.shift() ?? null;
        },
        write: (bytes) =>
          new Promise<void>((done, fail) => socket.write(bytes, (e) => (e ? fail(e) : done()))),
        async end() {
          socket.end();
          await closed;
        },
        destroy: () => socket.destroy(),
      }),
    );
  });
}

/** Send one whole job on its own connection. */
export async function sendJob(port: number, bytes: Uint8Array): Promise<void> {
  const client = await connect(port);
  await client.write(bytes);
  await client.end();
}

/** The error code of a connection attempt, or null if it connected. */
export function connectError(port: number): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(null);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}
