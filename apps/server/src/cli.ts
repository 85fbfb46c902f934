/**
 * `pnpm hallq <command>`: administration of the hall. The running server is
 * the only writer: with a server up, the CLI is a client of its admin API
 * (cli/target.ts finds it); only when none holds the data directory does it
 * write the database itself, under the directory's lock. The commands are in
 * cli/commands.ts, passwords come from a prompt or stdin (cli/secrets.ts).
 */
import { parseArgs } from 'node:util';
import { mkdirSync } from 'node:fs';
import { loadConfig } from './config';
import { HallqError } from './errors';
import { CliError } from './cli/cli-error';
import { OPTIONS, USAGE } from './cli/usage';
import { checkOptions, run, seed, type Values } from './cli/commands';
import { secretSource } from './cli/secrets';
import { demoHistory } from './cli/demo-history';
import { findTarget } from './cli/target';
import { openDirectAdmin } from './cli/direct-admin';
import { signIn } from './cli/api-admin';
import type { AdminPort } from './cli/admin-port';

function parse(argv: string[]): { command: string; values: Values } {
  const [command = '', ...rest] = argv;
  try {
    const { values } = parseArgs({ args: rest, options: OPTIONS, strict: true });
    return { command, values };
  } catch (err) {
    if (/--password/.test((err as Error).message))
      throw new CliError(
        'usage',
        'passwords are never given on the command line (other users can read it): you are asked for them, or they are read from standard input',
      );
    throw new CliError('usage', (err as Error).message);
  }
}

async function main(): Promise<string> {
  const { command, values } = parse(process.argv.slice(2));
  if (values.help || command === 'help' || command === '') {
    if (command === '') throw new CliError('usage', 'no command');
    return USAGE;
  }
  const env = process.env;
  const config = loadConfig({ HALLQ_DATA_DIR: '.data', ...env });
  mkdirSync(config.HALLQ_DATA_DIR, { recursive: true });
  if (command === 'seed') return seed(values, config, Date.now());
  if (command === 'demo-history') return demoHistory(values, config, Date.now());
  checkOptions(command, values);
  const secrets = secretSource();
  const target = await findTarget(config.HALLQ_DATA_DIR, env);
  let port: AdminPort;
  if (target.kind === 'api') {
    const username = (typeof values.as === 'string' && values.as) || env.HALLQ_ADMIN || 'admin';
    port = await signIn(target.url, username, secrets, config.HALLQ_DATA_DIR);
  } else {
    try {
      port = openDirectAdmin(config, target.lock);
    } catch (err) {
      target.lock.release();
      throw err;
    }
  }
  try {
    return await run(command, values, port, secrets, config);
  } finally {
    await port.close();
  }
}

try {
  const out = await main();
  if (out) console.log(out);
} catch (err) {
  if (err instanceof CliError && err.code === 'usage') {
    console.error(`hallq: ${err.message}\n\n${USAGE}`);
  } else if (err instanceof CliError || err instanceof HallqError) {
    const details =
      err instanceof HallqError && err.details ? ` ${JSON.stringify(err.details)}` : '';
    console.error(`hallq: ${err.code}: ${err.message}${details}`);
  } else {
    console.error(`hallq: ${(err as Error).message}`);
  }
  process.exitCode = err instanceof CliError ? err.exitCode : 1;
}
