/** Today's unit at each comprehensive window, with the week's rota beneath it. */
import { useI18n } from '@hallq/ui';
import type { RotaRow } from './hall-view';

const DAY_ZH = ['', '一', '二', '三', '四', '五', '六', '日'];
const DAY_EN = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function RotaBoard({ rows, weekday }: { rows: readonly RotaRow[]; weekday: number }) {
  const { t, lang } = useI18n();
  if (rows.length === 0) return null;
  const days = lang === 'en' ? DAY_EN : DAY_ZH;
  return (
    <section className="hq-d-panel hq-d-rota">
      <h2>{t('rota.title')}</h2>
      <table data-testid="rota">
        <tbody>
          {rows.map((r) => (
            <tr key={r.windowNumber}>
              <th>{t('rota.window', { n: r.windowNumber })}</th>
              <td className="hq-d-rota-today">{r.today ?? t('rota.none')}</td>
              <td className="hq-d-rota-week">
                {r.week.map((d) => (
                  <span key={d.weekday} className={d.weekday === weekday ? 'is-today' : undefined}>
                    {days[d.weekday]} {d.unit}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
