/**
 * `pnpm --filter @hallq/printer-emulator start`: a virtual printer beside the
 * server. PRINTER_PORT (9100) takes ESC/POS, PRINTER_HTTP_PORT (9101) shows
 * the tickets; PRINTER_HOST (127.0.0.1) is the address to bind.
 */
import { startEmulator } from './start-emulator';

function portFromEnv(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`${name} must be a port number (0-65535), got "${text}"`);
    process.exit(2);
  }
  return port;
}

const emulator = await startEmulator({
  host: process.env.PRINTER_HOST || '127.0.0.1',
  port: portFromEnv('PRINTER_PORT', 9100),
  httpPort: portFromEnv('PRINTER_HTTP_PORT', 9101),
});
const tcpHost =
  process.env.PRINTER_HOST && process.env.PRINTER_HOST !== '0.0.0.0'
    ? process.env.PRINTER_HOST
    : '127.0.0.1';
console.log(`虚拟小票打印机 printer emulator
  ESC/POS  tcp://${tcpHost}:${emulator.port}   (the printer URL for HALLQ_PRINTER or a kiosk)
  小票预览  ${emulator.url}`);

let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  void emulator.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
