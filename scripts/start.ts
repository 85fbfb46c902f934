/**
 * `pnpm start`: the whole system on its embedded default — SQLite in
 * $HALLQ_DATA_DIR (default .data), the demo hall, and a virtual thermal
 * printer — then prints where everything is. Set HALLQ_PRINTER=tcp://host:port
 * to print on a real network printer instead of the emulator.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  currentRuntime,
  DEMO_CREDENTIALS_FILE,
  loadConfig,
  scryptMemoryAdvice,
  startServer,
  type DemoCredentials,
} from '@hallq/server';
import { startEmulator, type PrinterEmulator } from '@hallq/printer-emulator';

const root = fileURLToPath(new URL('..', import.meta.url));
const env: Record<string, string | undefined> = {
  ...process.env,
  HALLQ_DATA_DIR: process.env.HALLQ_DATA_DIR ?? path.join(root, '.data'),
};

async function startPrinter(): Promise<PrinterEmulator> {
  const port = Number(process.env.PRINTER_PORT ?? 9100);
  const httpPort = Number(process.env.PRINTER_HTTP_PORT ?? 9101);
  try {
    return await startEmulator({ host: '127.0.0.1', port, httpPort });
  } catch {
    // 9100/9101 taken (another printer or emulator): any free ports will do for the demo.
    return startEmulator({ host: '127.0.0.1', port: 0, httpPort: 0 });
  }
}

/**
 * The demo's screens and sign-ins, from the credentials the first start
 * made at random (nothing secret is written in the source or the README).
 */
function demoLines(url: string, file: string): string[] {
  if (!existsSync(file))
    return [`  (${file} is missing: start on an empty HALLQ_DATA_DIR to make a new demo hall)`];
  const creds = JSON.parse(readFileSync(file, 'utf8')) as DemoCredentials;
  const token = (kind: string) => creds.devices.find((d) => d.kind === kind)?.token ?? '';
  // The first township hall's kiosk; the 16 halls' devices and clerks are all in the file.
  const hall = creds.devices.find((d) => d.kind === 'kiosk')?.siteId;
  const township = creds.devices.find((d) => d.kind === 'kiosk' && d.siteId !== hall);
  const account = (username: string) => {
    const s = creds.staff.find((x) => x.username === username);
    return s ? `${s.username} / ${s.password}` : `${username} (not in the file)`;
  };
  return [
    `  取号机 kiosk        ${url}/kiosk/?device=${token('kiosk')}`,
    `  综合显示屏 display  ${url}/display/?device=${token('display')}`,
    `  窗口屏 window 5     ${url}/display/?window=5&device=${token('display')}`,
    `  叫号终端 caller     ${url}/caller/`,
    `  评价器 rater (窗口5) ${url}/rate/?device=${token('rater')}`,
    `  管理后台 admin      ${url}/admin/`,
    ...(township
      ? [
          `  乡镇大厅 township   ${url}/kiosk/?device=${township.token}  (${township.name}; 16 halls in the credentials file)`,
        ]
      : []),
    `  村代办 agent page    ${url}/agent/  (38 village rooms' agents in the credentials file)`,
    `  三级联动 roll-up     ${url}/supervisor/#rollup`,
    `  demo sign-in        window 5: ${account('w05')}   admin: ${account('admin')}   supervisor: ${account('supervisor')}`,
  ];
}

let emulator: PrinterEmulator | undefined;
if (!env.HALLQ_PRINTER && (env.HALLQ_MODE ?? 'demo') === 'demo') {
  emulator = await startPrinter();
  env.HALLQ_PRINTER = `tcp://127.0.0.1:${emulator.port}`;
}

try {
  const config = loadConfig(env);
  const { app, url, dataDir } = await startServer(config);
  const lines = [
    '',
    `hallq — ${config.HALLQ_MODE === 'demo' ? '演示模式 demo mode' : 'production'} — data in ${dataDir}`,
  ];
  if (config.HALLQ_MODE === 'demo') {
    lines.push(...demoLines(url, path.join(dataDir, DEMO_CREDENTIALS_FILE)));
  } else {
    lines.push(
      `  kiosk ${url}/kiosk/   display ${url}/display/   caller ${url}/caller/   admin ${url}/admin/`,
    );
  }
  lines.push(`  API docs (OpenAPI)  ${url}/docs`);
  if (emulator)
    lines.push(
      `  打印机模拟器 printer ${emulator.url}  (ESC/POS on tcp://127.0.0.1:${emulator.port})`,
    );
  else lines.push(`  printer             ${config.HALLQ_PRINTER ?? 'none'}`);
  if (config.HALLQ_MODE === 'demo')
    lines.push(
      `  credentials         ${path.join(dataDir, DEMO_CREDENTIALS_FILE)}  (every demo account; owner-only, mode 0600)`,
    );
  console.log(lines.join('\n') + '\n');
  // `pnpm start` sets the variable (package.json); this is for `tsx scripts/start.ts` run by hand.
  const advice = scryptMemoryAdvice(currentRuntime());
  if (advice) app.log.warn(advice);

  const stop = async () => {
    await app.close();
    await emulator?.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (err) {
  console.error(`hallq: ${(err as Error).message}`);
  await emulator?.close();
  process.exit(1);
}
