/**
 * The lines under the top bar: the connection badge, an action that failed
 * (retry or dismiss), the warnings (电子监察), the 好差评 invite and the
 * status line.
 */
import type { FeedStatus } from '@hallq/client';
import type { CatalogReply, TicketView, WindowQueueSummary } from '@hallq/protocol';
import { ConnectionBadge, formatDuration, useI18n } from '@hallq/ui';
import type { RatingInvite } from './rating-invite';
import { noticeText, type CallerActions, type Notice } from './use-caller-actions';
import { warningsFor } from './warnings';

export function WorkbenchMessages({
  feedStatus,
  catalog,
  current,
  queueSummary,
  now,
  invite,
  notice,
  failed,
  busy,
  retry,
  dismiss,
}: {
  feedStatus: FeedStatus;
  catalog: CatalogReply;
  /** The ticket this screen shows as current. */
  current: TicketView | undefined;
  /** The whole queue in figures (undefined until the first answer). */
  queueSummary: WindowQueueSummary | undefined;
  now: number;
  invite: RatingInvite | undefined;
  notice: Notice | undefined;
  failed: CallerActions['failed'];
  busy: CallerActions['busy'];
  retry: CallerActions['retry'];
  dismiss: CallerActions['dismiss'];
}) {
  const { t, lang } = useI18n();
  const item = current ? catalog.items.find((i) => i.id === current.itemId) : undefined;
  const warnings = warningsFor({
    current,
    expectedServiceMinutes: item?.expectedServiceMinutes,
    queue: queueSummary,
    waitLimitMinutes: catalog.hall.waitLimitMinutes,
    now,
  });

  return (
    <div className="messages" aria-live="polite">
      {/* In the flow under the top bar, never over the clock or 退出 (issue 16). */}
      <ConnectionBadge status={feedStatus} />
      {failed ? (
        <div className="banner failed" role="alert" data-testid="failed-banner">
          <span>
            {t('actionFailed')}（{t('failedAction', { action: t(failed.id) })}）
          </span>
          <button type="button" onClick={() => void retry()} disabled={busy !== undefined}>
            {t('retry')}
          </button>
          <button type="button" onClick={dismiss} disabled={busy !== undefined}>
            {t('dismiss')}
          </button>
        </div>
      ) : null}
      {warnings.map((w) => (
        <div key={w.kind} className="banner warning" role="alert" data-warning={w.kind}>
          {w.kind === 'overrun'
            ? t('overrun', {
                number: w.ticketNumber,
                elapsed: formatDuration(w.elapsedMs, lang),
                n: w.expectedMinutes,
              })
            : t('longWait', {
                count: w.count,
                n: w.limitMinutes,
                number: w.longestNumber,
                wait: formatDuration(w.longestMs, lang),
              })}
        </div>
      ))}
      {invite ? (
        <div className={`banner rate-${invite.state}`} data-testid="rating-invite" role="status">
          {t(
            invite.state === 'invite'
              ? 'rateInvite'
              : invite.state === 'rated'
                ? 'rateDone'
                : 'rateNone',
            { number: invite.number },
          )}
        </div>
      ) : null}
      {notice ? (
        <div className={`banner notice ${notice.tone}`} data-testid="notice" role="status">
          {noticeText(notice, t, lang)}
        </div>
      ) : null}
    </div>
  );
}
