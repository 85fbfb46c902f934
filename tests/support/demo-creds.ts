/**
 * Reads a demo hall's credentials file. The seed makes the staff passwords
 * at random on first start (no password is constant in the source), so the
 * test harnesses sign in with what the file says, as a person would.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DemoCredentials } from '@hallq/server';

export function readDemoCredentials(dataDir: string): DemoCredentials {
  return JSON.parse(
    readFileSync(path.join(dataDir, 'demo-credentials.json'), 'utf8'),
  ) as DemoCredentials;
}

/** A demo account's password; throws for an account the hall does not have. */
export function passwordOf(creds: DemoCredentials, username: string): string {
  const account = creds.staff.find((s) => s.username === username);
  if (!account) throw new Error(`no demo account ${username}`);
  return account.password;
}
