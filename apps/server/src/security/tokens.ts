/**
 * Opaque bearer tokens. Only their SHA-256 is stored, so a copy of the
 * database does not hand out sessions; a token is revoked by deleting or
 * marking its row.
 */
import { createHash, randomBytes } from 'node:crypto';

export type TokenKind = 'staff' | 'device';

const PREFIX: Record<TokenKind, string> = { staff: 'hqs_', device: 'hqd_' };

export function newToken(kind: TokenKind): string {
  return PREFIX[kind] + randomBytes(32).toString('base64url');
}

export function tokenKind(token: string): TokenKind | undefined {
  if (token.startsWith(PREFIX.staff)) return 'staff';
  if (token.startsWith(PREFIX.device)) return 'device';
  return undefined;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
