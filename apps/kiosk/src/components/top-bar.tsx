/** The bar on every screen: the hall's name, its date and time, 适老模式 and the language. */
import { LangToggle, formatDate, formatTime, formatWeekday, useI18n, useNow } from '@hallq/ui';

export function TopBar({
  hallName,
  timeZone,
  elder,
  onToggleElder,
}: {
  hallName: string;
  timeZone: string;
  elder: boolean;
  onToggleElder: () => void;
}) {
  const { t, lang } = useI18n();
  const now = useNow(1_000);
  return (
    <header className="k-top">
      <div className="k-top-hall">
        <div className="k-top-name">{hallName}</div>
        <div className="k-top-clock" data-testid="clock">
          <span>{formatDate(now, timeZone, lang)}</span>
          <span>{formatWeekday(now, timeZone, lang)}</span>
          <strong>{formatTime(now, timeZone)}</strong>
        </div>
      </div>
      <div className="k-top-tools">
        <button
          type="button"
          className="k-elder-toggle"
          aria-pressed={elder}
          onClick={onToggleElder}
        >
          {t(elder ? 'elder.on' : 'elder.off')}
        </button>
        <LangToggle className="k-lang-toggle" />
      </div>
    </header>
  );
}
