/**
 * Runs the server in a child process for the crash test: builds the app on
 * $HALLQ_DATA_DIR with a clock fixed at $HALLQ_TEST_NOW, listens on an
 * ephemeral 127.0.0.1 port and prints `{"port": n}` on stdout.
 */
import { buildApp } from '../src/app';
import { ManualClock } from '../src/clock';
import { loadConfig } from '../src/config';

const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', HOST: '127.0.0.1', PORT: '0' });
const app = await buildApp({
  config,
  clock: new ManualClock(Number(process.env.HALLQ_TEST_NOW)),
  logger: false,
  serveScreens: false,
});
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(
  `${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`,
);
