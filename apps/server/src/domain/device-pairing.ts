/**
 * Device pairing, the server's half: pending codes live in memory only (a
 * screen whose code is lost to a restart simply shows a new one). A code
 * binds once, within ten minutes; the token it made is handed to the
 * screen's secret pairing id once, then forgotten here (the server keeps
 * only the token's hash, in the devices table, like any device's).
 *
 * Creating the device itself is the caller's (`bind`'s `create`): the admin
 * service does it, audited and broadcast like any admin change.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { DeviceKind } from '@hallq/protocol';
import { HallqError } from '../errors';

export const PAIRING_TTL_MS = 10 * 60_000;
/** Codes waiting at once: enough for a hall setting up all its screens, not a flood. */
export const MAX_PENDING = 200;

export interface PairedDevice {
  id: string;
  kind: DeviceKind;
  siteId: string;
  name: string;
  /** A rater's window. */
  windowId?: string;
}

interface Pending {
  pairingId: string;
  code: string;
  expiresAt: number;
  paired?: { token: string; device: PairedDevice };
}

export class DevicePairings {
  private readonly byId = new Map<string, Pending>();
  private readonly byCode = new Map<string, Pending>();

  constructor(private readonly now: () => number) {}

  /** A new code for a screen without a token. */
  start(): { pairingId: string; code: string; expiresAt: number } {
    this.prune();
    if (this.byId.size >= MAX_PENDING) throw new HallqError('HALLQ_E_RATE_LIMITED');
    let code: string;
    do code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    while (this.byCode.has(code));
    const p: Pending = {
      pairingId: randomBytes(24).toString('base64url'),
      code,
      expiresAt: this.now() + PAIRING_TTL_MS,
    };
    this.byId.set(p.pairingId, p);
    this.byCode.set(code, p);
    return { pairingId: p.pairingId, code: p.code, expiresAt: p.expiresAt };
  }

  /** What the screen sees: still waiting, or its token (once). */
  status(
    pairingId: string,
  ):
    | { status: 'waiting'; code: string; expiresAt: number }
    | { status: 'paired'; token: string; device: PairedDevice } {
    this.prune();
    const p = this.byId.get(pairingId);
    if (!p) throw new HallqError('HALLQ_E_PAIRING_CODE');
    if (!p.paired) return { status: 'waiting', code: p.code, expiresAt: p.expiresAt };
    this.byId.delete(pairingId);
    return { status: 'paired', ...p.paired };
  }

  /** The admin binds a code shown on a screen; `create` makes the device and its token. */
  bind(code: string, create: () => { token: string; device: PairedDevice }): PairedDevice {
    this.prune();
    const p = this.byCode.get(code);
    if (!p || p.paired) throw new HallqError('HALLQ_E_PAIRING_CODE');
    p.paired = create();
    this.byCode.delete(code);
    // The screen has the rest of the window to pick its token up.
    return p.paired.device;
  }

  private prune(): void {
    const now = this.now();
    for (const [id, p] of this.byId) {
      if (p.expiresAt > now) continue;
      this.byId.delete(id);
      if (this.byCode.get(p.code) === p) this.byCode.delete(p.code);
    }
  }
}
