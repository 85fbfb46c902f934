/**
 * The floor under call-to-screen: a bare socket.io server (same options as
 * hallq's) whose only work is `POST /call/:windowId` → broadcast the same
 * `ticket.called` payload to every client, and `POST /finish/:windowId` →
 * the same payload as `ticket.finished` (hallq's round finishes each call,
 * so the floor carries the same messages when its memory is read). Run as its own child process,
 * like the hallq server; prints `READY <port>` when listening.
 */
import http from 'node:http';
import { Server } from 'socket.io';

const payload = JSON.parse(process.env.HALLQ_BENCH_PAYLOAD ?? '{}') as Record<string, unknown>;
const server = http.createServer((req, res) => {
  const m = /^\/(call|finish)\/([\w-]+)$/.exec(req.url ?? '');
  if (req.method !== 'POST' || !m) {
    res.writeHead(404).end();
    return;
  }
  req.resume();
  req.on('end', () => {
    const windowRef = { ...(payload.window as object), id: m[2] };
    const name = m[1] === 'call' ? 'ticket.called' : 'ticket.finished';
    io.to('site:district').emit(name, { ...payload, window: windowRef });
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
});
const io = new Server(server, {
  serveClient: false,
  maxHttpBufferSize: 16_384,
  pingInterval: 10_000,
  pingTimeout: 8_000,
  cors: { origin: false },
});
io.on('connection', (socket) => {
  void socket.join('site:district');
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`READY ${typeof address === 'object' && address ? address.port : 0}\n`);
});
const stop = () => {
  void io.close();
  server.close(() => process.exit(0));
};
process.on('SIGTERM', stop);
