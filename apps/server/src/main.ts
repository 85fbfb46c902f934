/** Entry point: `tsx apps/server/src/main.ts` (pnpm start runs it beside the printer emulator). */
import { loadConfig } from './config';
import { currentRuntime, scryptMemoryAdvice } from './memory-advice';
import { startServer } from './start-server';

try {
  const { app, url, dataDir } = await startServer(loadConfig());
  app.log.info(`hallq listening on ${url} (data: ${dataDir})`);
  const advice = scryptMemoryAdvice(currentRuntime());
  if (advice) app.log.warn(advice);
  const stop = async () => {
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (err) {
  console.error(`hallq: ${(err as Error).message}`);
  process.exit(1);
}
