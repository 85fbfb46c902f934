/**
 * A screen without a device token pairs itself: it asks the server for a
 * six-digit code, shows it, and polls with its secret pairing id until an
 * admin binds the code in the console (POST /devices/pair); then it gets
 * its token once. A code that expired or was lost to a server restart is
 * replaced by a new one; while the server is unreachable it keeps trying.
 */
import { useEffect, useState } from 'react';
import { ApiError } from '../api-error';
import type { HallqApi } from '../api';

export type PairingState =
  | { phase: 'starting' }
  | { phase: 'waiting'; code: string; expiresAt: number }
  | { phase: 'offline' };

export const PAIRING_POLL_MS = 2_000;

export function usePairing(
  api: Pick<HallqApi, 'startPairing' | 'pairingStatus'>,
  onPaired: (token: string) => void,
  pollMs = PAIRING_POLL_MS,
): PairingState {
  const [state, setState] = useState<PairingState>({ phase: 'starting' });
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pairingId: string | undefined;
    const later = (step: () => Promise<void>) => {
      if (!stopped) timer = setTimeout(() => void step(), pollMs);
    };
    const start = async () => {
      try {
        const p = await api.startPairing();
        if (stopped) return;
        pairingId = p.pairingId;
        setState({ phase: 'waiting', code: p.code, expiresAt: p.expiresAt });
        later(poll);
      } catch {
        if (!stopped) setState({ phase: 'offline' });
        later(start);
      }
    };
    const poll = async () => {
      if (!pairingId) return start();
      try {
        const s = await api.pairingStatus(pairingId);
        if (stopped) return;
        if (s.status === 'paired') return onPaired(s.token);
        later(poll);
      } catch (err) {
        if (stopped) return;
        // The code expired or the server forgot it (a restart): show a new one.
        if (err instanceof ApiError && err.status === 404) {
          pairingId = undefined;
          return start();
        }
        later(poll);
      }
    };
    void start();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
    // One pairing per mounted screen; onPaired is read when it completes.
  }, [api]);
  return state;
}
