/**
 * The demo accounts' passwords: made at random on the first start, never
 * constant in the source (issue 11). Each account gets its own.
 *
 * 16 characters from a 30-letter alphabet (78 bits), in groups of four for
 * reading off the screen (19 with the dashes). The alphabet is lower case
 * and leaves out 0/o, 1/l/i and u, so that a password read aloud or copied by hand is typed
 * right; the length passes any password policy the server applies.
 */
import { randomInt } from 'node:crypto';
import type { Role } from '@hallq/protocol';

const ALPHABET = 'abcdefghjkmnpqrstvwxyz23456789';

export function randomPassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let group = '';
    for (let i = 0; i < 4; i++) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}

/** Chooses a demo account's password; the default is a fresh random one each. */
export type DemoPasswords = (account: { username: string; role: Role }) => string;

export const randomDemoPasswords: DemoPasswords = () => randomPassword();
