/** The calls before the newest one (the list is already bounded by the snapshot). */
import type { RecentCall } from '@hallq/protocol';
import { FitText, useT } from '@hallq/ui';
import { gridOf } from './board-grid';

export function RecentCalls({ calls, columns }: { calls: readonly RecentCall[]; columns: number }) {
  const t = useT();
  return (
    <section className="hq-d-panel hq-d-recent">
      <FitText as="h2">{t('calls.title')}</FitText>
      <ol className="hq-d-board" data-testid="recent-calls" style={gridOf(calls.length, columns)}>
        {calls.map((c) => (
          <FitText as="li" key={c.seq} data-number={c.ticket.number}>
            <span className="hq-d-recent-number">{c.ticket.number}</span>
            <span className="hq-d-recent-window">{t('call.window', { n: c.window.number })}</span>
            {c.recall ? <span className="hq-d-recall-small">{t('call.recall')}</span> : null}
          </FitText>
        ))}
      </ol>
    </section>
  );
}
