/**
 * Calls `onIdle` after `ms` without a touch, a key or a scroll. The kiosk
 * uses it to return home from any screen when a visitor walks away.
 */
import { useEffect, useRef } from 'react';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export function useIdle(ms: number, onIdle: () => void, enabled = true): void {
  const onIdleRef = useRef(onIdle);
  onIdleRef.current = onIdle;
  useEffect(() => {
    if (!enabled) return;
    let timer = setTimeout(() => onIdleRef.current(), ms);
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(() => onIdleRef.current(), ms);
    };
    for (const e of ACTIVITY) window.addEventListener(e, reset, { capture: true, passive: true });
    return () => {
      clearTimeout(timer);
      for (const e of ACTIVITY) window.removeEventListener(e, reset, { capture: true });
    };
  }, [ms, enabled]);
}
