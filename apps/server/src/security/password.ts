/**
 * Password hashing with scrypt from node:crypto (no native dependency).
 * Stored as `scrypt$N$r$p$salt$hash`, base64url, so parameters can rise:
 * a stored hash of a lower cost still verifies, and is hashed again at the
 * current cost at its next sign-in (Accounts.checkPassword).
 *
 * Every hash a running server makes runs on libuv's thread pool
 * (`hashPasswordAsync`, `verifyPasswordAsync`), never on the event loop: a
 * spray of logins or a password reset must not stall the hall's other
 * requests (a hash is 50–170 ms of CPU here).
 *
 * The cost, N = 2^15 with r = 8, needs a 32 MiB + 3 kB buffer. That is above
 * the 32 MiB up to which glibc raises its mmap threshold to the size of a
 * freed mapping: at 2^14 (16 MiB) the second hash on a thread came from
 * that thread's malloc arena and stayed resident after it, up to 80 MB
 * after a morning's sign-ins (scripts/bench/RESULTS.md, run 21's notes).
 * A buffer above the ceiling is always mapped, and unmapped when freed.
 */
import { randomBytes, scrypt, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface PasswordCost {
  N: number;
  r: number;
  p: number;
}

/** The cost of every password a hall sets (accounts, resets, changes). */
export const PASSWORD_COST: PasswordCost = { N: 32_768, r: 8, p: 1 };
/**
 * The demo hall's accounts, whose random passwords are printed on every
 * start: the former cost, so a first start that seeds some 40 of them stays
 * quick. A demo account's password is not a secret.
 */
export const DEMO_PASSWORD_COST: PasswordCost = { N: 16_384, r: 8, p: 1 };
/** scrypt's memory bound: 128·N·r and a little more at the current cost (node's default is 32 MiB). */
const MAXMEM = 64 * 1024 * 1024;
/** Above this a stored hash is refused rather than computed (a damaged row must not allocate gigabytes). */
const MAX_N = 1 << 17;
const KEYLEN = 32;

const format = (cost: PasswordCost, salt: Buffer, hash: Buffer) =>
  ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), hash.toString('base64url')].join(
    '$',
  );

const options = (cost: PasswordCost): ScryptOptions => ({ ...cost, maxmem: MAXMEM });

/** On the calling thread: the demo seed and tests, never a running server's request. */
export function hashPassword(password: string, cost: PasswordCost = PASSWORD_COST): string {
  const salt = randomBytes(16);
  return format(cost, salt, scryptSync(password.normalize('NFC'), salt, KEYLEN, options(cost)));
}

function scryptAsync(password: string, salt: Buffer, keylen: number, cost: PasswordCost) {
  return new Promise<Buffer>((resolve, reject) =>
    scrypt(password, salt, keylen, options(cost), (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** A new password's stored form, computed off the event loop. */
export async function hashPasswordAsync(
  password: string,
  cost: PasswordCost = PASSWORD_COST,
): Promise<string> {
  const salt = randomBytes(16);
  return format(cost, salt, await scryptAsync(password.normalize('NFC'), salt, KEYLEN, cost));
}

/** The cost a stored hash was made with, or undefined when it is not one of ours. */
export function costOf(stored: string): PasswordCost | undefined {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return undefined;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  const whole = (x: number) => Number.isSafeInteger(x) && x > 0;
  if (!whole(cost.N) || !whole(cost.r) || !whole(cost.p) || cost.N > MAX_N) return undefined;
  return cost;
}

/** Whether a stored hash was made at less than the current cost (to hash it again). */
export function belowCurrentCost(stored: string): boolean {
  const cost = costOf(stored);
  return cost !== undefined && cost.N * cost.r < PASSWORD_COST.N * PASSWORD_COST.r;
}

/** Whether `password` matches the stored hash, computed off the event loop. */
export async function verifyPasswordAsync(password: string, stored: string): Promise<boolean> {
  const cost = costOf(stored);
  const [, , , , salt, hash] = stored.split('$');
  if (!cost || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scryptAsync(
    password.normalize('NFC'),
    Buffer.from(salt, 'base64url'),
    expected.length,
    cost,
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
