/** The calls before the newest one (the list is already bounded by the snapshot). */
import type { RecentCall } from '@hallq/protocol';
import { useT } from '@hallq/ui';

export function RecentCalls({ calls }: { calls: readonly RecentCall[] }) {
  const t = useT();
  return (
    <section className="hq-d-panel hq-d-recent">
      <h2>{t('calls.title')}</h2>
      <ol className="hq-d-recent-list" data-testid="recent-calls">
        {calls.map((c) => (
          <li key={c.seq} data-number={c.ticket.number}>
            <span className="hq-d-recent-number">{c.ticket.number}</span>
            <span className="hq-d-recent-window">{t('call.window', { n: c.window.number })}</span>
            {c.recall ? <span className="hq-d-recall-small">{t('call.recall')}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
