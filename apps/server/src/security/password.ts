/**
 * Password hashing with scrypt from node:crypto (no native dependency).
 * Stored as `scrypt$N$r$p$salt$hash`, base64url, so parameters can rise:
 * a stored hash of a lower cost still verifies, and is hashed again at the
 * current cost at its next sign-in (Accounts.checkPassword).
 *
 * Every hash a running server makes runs on libuv's thread pool
 * (`hashPasswordAsync`, `verifyPasswordAsync`), never on the event loop: a
 * spray of logins or a password reset must not stall the hall's other
 * requests (a hash is about 50 ms of CPU here).
 *
 * The cost stays at N = 2^14, r = 8, knowingly. Under glibc's default
 * (dynamic) mmap threshold its 16 MiB buffer comes from a thread's malloc
 * arena from the second hash on and stays resident; `pnpm start` fixes the
 * threshold below it so it is given back (memory-advice.ts). N = 2^15
 * would also give it back (the buffer is then above glibc's 32 MiB
 * ceiling), but it takes 166 ms instead of 52: the 600 sign-ins a minute
 * the server lets through would cost it 100 s of CPU a minute instead of
 * 31, on a 2-core hall server.
 */
import { randomBytes, scrypt, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface PasswordCost {
  N: number;
  r: number;
  p: number;
}

/** The cost of every password a hall sets (accounts, resets, changes, the demo's). */
export const PASSWORD_COST: PasswordCost = { N: 16_384, r: 8, p: 1 };
/** scrypt's memory bound: room for a stored N up to MAX_N (node's default, 32 MiB, is not). */
const MAXMEM = 64 * 1024 * 1024;
/** Above this a stored hash is refused rather than computed (a damaged row must not allocate gigabytes). */
const MAX_N = 1 << 15;
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
  // OpenSSL's buffer for it (B and V) must fit under MAXMEM.
  if (128 * cost.r * (cost.p + cost.N + 2) > MAXMEM) return undefined;
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
