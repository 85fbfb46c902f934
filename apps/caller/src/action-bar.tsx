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

export function ActionBar({
  state,
  onAction,
}: {
  state: ActionBarState;
  onAction: (a: KeyedAction) => void;
}) {
  const t = useT();
  const enabled: Record<KeyedAction, boolean> = {
    callNext: !state.hasTicket && !state.paused,
    recall: state.hasTicket,
    start: state.hasTicket && !state.serving,
    finish: state.hasTicket,
    noShow: state.hasTicket && !state.serving,
    transfer: state.hasTicket,
    pauseResume: true,
    callTicket: !state.hasTicket && !state.paused,
  };
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
    </div>
  );
}
