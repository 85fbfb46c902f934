/** 正在办理: the number each staffed window has now (or 空闲 / 暂停), by window number. */
import { FitText, useT } from '@hallq/ui';
import { gridOf } from './board-grid';
import type { ServingRow } from './hall-view';

export function ServingBoard({ rows, columns }: { rows: readonly ServingRow[]; columns: number }) {
  const t = useT();
  return (
    <section className="hq-d-panel hq-d-serving">
      <FitText as="h2">{t('serving.title')}</FitText>
      {rows.length === 0 ? (
        <FitText className="hq-d-board-note">{t('serving.none')}</FitText>
      ) : (
        <ul className="hq-d-board" data-testid="serving" style={gridOf(rows.length, columns, 4)}>
          {rows.map((r) => (
            <li
              key={r.windowNumber}
              className="hq-d-serving-cell"
              data-window={r.windowNumber}
              data-state={r.state}
            >
              <FitText className="hq-d-serving-window">
                {t('rota.window', { n: r.windowNumber })}
              </FitText>
              <FitText className="hq-d-serving-number">
                {r.number ?? t(r.state === 'paused' ? 'serving.paused' : 'serving.idle')}
              </FitText>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
