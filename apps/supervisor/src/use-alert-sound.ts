/**
 * The screen's alert sound. Browsers keep audio locked until someone clicks
 * the page, so `locked` lets the screen say so; the first click anywhere
 * unlocks it. Alerts arrive in bursts (a resync, a pass that opens several):
 * one tone per burst, and a red one after a yellow one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { beep } from './beep';

const BURST_MS = 1_500;

export interface AlertSound {
  locked: boolean;
  play(level: 'yellow' | 'red'): void;
}

export function useAlertSound(): AlertSound {
  const ctx = useRef<AudioContext | undefined>(undefined);
  const [locked, setLocked] = useState(true);
  const last = useRef<{ level: 'yellow' | 'red'; at: number }>(undefined);

  useEffect(() => {
    const AC = globalThis.AudioContext as typeof AudioContext | undefined;
    if (!AC) return;
    const audio = new AC();
    ctx.current = audio;
    const sync = () => setLocked(audio.state !== 'running');
    sync();
    audio.addEventListener?.('statechange', sync);
    const unlock = () => void audio.resume().then(sync, sync);
    window.addEventListener('pointerdown', unlock);
    window.addEventListener('keydown', unlock);
    return () => {
      window.removeEventListener('pointerdown', unlock);
      window.removeEventListener('keydown', unlock);
      audio.removeEventListener?.('statechange', sync);
      void audio.close().catch(() => undefined);
      ctx.current = undefined;
    };
  }, []);

  const play = useCallback((level: 'yellow' | 'red') => {
    const now = Date.now();
    const l = last.current;
    if (l && now - l.at < BURST_MS && (l.level === 'red' || level === 'yellow')) return;
    // A tone the locked browser did not play starts no burst.
    if (beep(ctx.current, level)) last.current = { level, at: now };
  }, []);

  return { locked, play };
}
