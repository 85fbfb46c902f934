/** The eight keypad actions as buttons, each showing its key. */
import { useT } from '@hallq/ui';
import { ACTION_KEYS, type KeyedAction } from './hotkeys';
import type { ActionId } from './action-runner';

export interface ActionBarState {
  hasTicket: boolean;
  serving: boolean;
  paused: boolean;
  busy: ActionId | undefined;
}

const ORDER: KeyedAction[] = [
  'callNext',
  'recall',
  'start',
  'finish',
  'noShow',
  'transfer',
  'pauseResume',
  'callTicket',
];

/**
 * Which keys can act now. The F-keys obey it as the buttons do: while paused
 * only F7 (恢复) acts, so F1 cannot call someone to a closed counter.
 */
export function enabledActions(state: Omit<ActionBarState, 'busy'>): Record<KeyedAction, boolean> {
  const held = state.hasTicket && !state.paused;
  return {
    callNext: !state.hasTicket && !state.paused,
    recall: held,
    start: held && !state.serving,
    finish: held,
    noShow: held && !state.serving,
    transfer: held,
    pauseResume: true,
    callTicket: !state.hasTicket && !state.paused,
  };
}

export function ActionBar({
  state,
  onAction,
  onRestore,
}: {
  state: ActionBarState;
  onAction: (a: KeyedAction) => void;
  /** 过号恢复 (no key of its own: it is not part of the keypad). */
  onRestore?: () => void;
}) {
  const t = useT();
  const enabled = enabledActions(state);
  const label = (a: KeyedAction) =>
    a === 'pauseResume' ? t(state.paused ? 'resume' : 'pause') : t(a);
  const busyOf = (a: KeyedAction) =>
    state.busy === a ||
    (a === 'pauseResume' && (state.busy === 'pause' || state.busy === 'resume'));
  return (
    <div className="actions" role="group" aria-label="actions">
      {ORDER.map((a) => (
        <button
          key={a}
          type="button"
          className={`action action-${a}${a === 'callNext' ? ' primary' : ''}`}
          data-action={a}
          disabled={!enabled[a] || state.busy !== undefined}
          aria-keyshortcuts={ACTION_KEYS[a]}
          onClick={() => onAction(a)}
        >
          <kbd>{ACTION_KEYS[a]}</kbd>
          <span>{busyOf(a) ? t('working') : label(a)}</span>
        </button>
      ))}
      {onRestore ? (
        <button
          type="button"
          className="action action-restore"
          data-action="restore"
          disabled={state.busy !== undefined}
          onClick={onRestore}
        >
          <kbd aria-hidden="true">↩</kbd>
          <span>{state.busy === 'restore' ? t('working') : t('restore')}</span>
        </button>
      ) : null}
    </div>
  );
}
