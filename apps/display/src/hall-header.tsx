/** Header of both screens: hall name, date, weekday and a clock in the site's time zone. */
import {
  FitText,
  formatDate,
  formatTime,
  formatWeekday,
  LangToggle,
  useI18n,
  useNow,
} from '@hallq/ui';

export function HallHeader({
  hallName,
  timeZone,
  subtitle,
}: {
  hallName: string;
  timeZone: string;
  subtitle?: string | undefined;
}) {
  const { lang } = useI18n();
  const now = useNow(1_000);
  return (
    <header className="hq-d-header">
      <div className={`hq-d-hall${subtitle ? ' has-subtitle' : ''}`}>
        <FitText className="hq-d-hall-name">{hallName}</FitText>
        {subtitle ? <FitText className="hq-d-subtitle">{subtitle}</FitText> : null}
      </div>
      <FitText as="div" className="hq-d-when">
        <span className="hq-d-date">{formatDate(now, timeZone, lang)}</span>
        <span className="hq-d-weekday">{formatWeekday(now, timeZone, lang)}</span>
        <span className="hq-d-clock" data-testid="clock">
          {formatTime(now, timeZone, true)}
        </span>
        <LangToggle className="hq-d-lang" />
      </FitText>
    </header>
  );
}
