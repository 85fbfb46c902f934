/**
 * The newest call, large: "A012 → 5号窗口". Keyed by the call's seq so each
 * new call (and each recall) restarts the flash animation. The line shrinks
 * as one (its parts are sized in em) so WT1234 → 34号窗口 still fits.
 */
import type { RecentCall } from '@hallq/protocol';
import { FitText, useT } from '@hallq/ui';

export function NewestCall({ call }: { call: RecentCall | undefined }) {
  const t = useT();
  if (!call) {
    return (
      <section className="hq-d-newest hq-d-newest-empty" aria-live="polite">
        <FitText wrap className="hq-d-newest-empty-text">
          {t('calls.empty')}
        </FitText>
      </section>
    );
  }
  return (
    <section className="hq-d-newest" aria-live="assertive" data-testid="newest-call">
      <FitText key={call.seq} className="hq-d-newest-inner hq-d-flash" data-seq={call.seq}>
        <span className="hq-d-newest-number">{call.ticket.number}</span>
        <span className="hq-d-newest-arrow">{t('call.arrow')}</span>
        <span className="hq-d-newest-window">{t('call.window', { n: call.window.number })}</span>
        {call.recall ? <span className="hq-d-recall">{t('call.recall')}</span> : null}
      </FitText>
      <FitText className="hq-d-newest-sentence">
        {t('call.please', { number: call.ticket.number, n: call.window.number })}
      </FitText>
    </section>
  );
}
