/** Today's unit at each comprehensive window, with the week's rota beside it. */
import { FitText, useI18n } from '@hallq/ui';
import type { RotaRow } from './hall-view';

const DAY_ZH = ['', '一', '二', '三', '四', '五', '六', '日'];
const DAY_EN = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function RotaBoard({ rows, weekday }: { rows: readonly RotaRow[]; weekday: number }) {
  const { t, lang } = useI18n();
  if (rows.length === 0) return null;
  const days = lang === 'en' ? DAY_EN : DAY_ZH;
  return (
    <section className="hq-d-panel hq-d-rota">
      <FitText as="h2">{t('rota.title')}</FitText>
      <ul
        className="hq-d-board"
        data-testid="rota"
        style={{ gridTemplateRows: `repeat(${Math.max(2, rows.length)}, minmax(0, 1fr))` }}
      >
        {rows.map((r) => (
          <li key={r.windowNumber} className="hq-d-rota-row">
            <FitText className="hq-d-rota-window">
              {t('rota.window', { n: r.windowNumber })}
            </FitText>
            <FitText className="hq-d-rota-today">{r.today ?? t('rota.none')}</FitText>
            <FitText className="hq-d-rota-week">
              {r.week.map((d) => (
                <span key={d.weekday} className={d.weekday === weekday ? 'is-today' : undefined}>
                  {days[d.weekday]} {d.unit}
                </span>
              ))}
            </FitText>
          </li>
        ))}
      </ul>
    </section>
  );
}
