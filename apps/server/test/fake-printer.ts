/**
 * A minimal ESC/POS network printer for the server's tests: answers each
 * DLE EOT n status query with `status(n)` and keeps every byte it receives.
 */
import { createServer, type Server, type Socket } from 'node:net';

const DLE = 0x10;
const EOT = 0x04;

export interface FakePrinter {
  url: string;
  bytes(): Buffer;
  close(): Promise<void>;
}

export async function fakePrinter(status: (n: number) => number): Promise<FakePrinter> {
  const received: Buffer[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('data', (chunk: Buffer) => {
      received.push(chunk);
      for (let i = 0; i + 2 < chunk.length; i++) {
        if (chunk[i] === DLE && chunk[i + 1] === EOT)
          socket.write(Buffer.from([status(chunk[i + 2] ?? 0)]));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `tcp://127.0.0.1:${port}`,
    bytes: () => Buffer.concat(received),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
