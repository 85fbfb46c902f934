/**
 * The state line of a window screen: signed out (shown as 暂未开放), 暂停服务（reason）
 * with the expected return when the clerk gave one (预计 14:30 恢复), 空闲, or the current number.
 */
import type { WindowStateView } from '@hallq/protocol';

export type WindowScreenState =
  | { kind: 'signedOut' }
  | { kind: 'paused'; reason: string; until?: string }
  | { kind: 'idle' }
  | { kind: 'called'; number: string }
  | { kind: 'serving'; number: string };

export function windowScreenState(w: WindowStateView | undefined): WindowScreenState {
  if (!w || w.status === 'signedOut') return { kind: 'signedOut' };
  if (w.status === 'paused')
    return {
      kind: 'paused',
      reason: w.pauseReason ?? '',
      ...(w.pauseUntil ? { until: w.pauseUntil } : {}),
    };
  const t = w.current;
  if (t && t.status === 'called') return { kind: 'called', number: t.number };
  if (t && t.status === 'serving') return { kind: 'serving', number: t.number };
  return { kind: 'idle' };
}
