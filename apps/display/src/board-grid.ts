/**
 * The boards' fixed grids: a set number of columns, and rows that share the
 * panel's height (at least `minRows`, so three entries are not drawn a third
 * of the panel tall). A cell never grows with its text; FitText shrinks the text.
 */
import type { CSSProperties } from 'react';

export function gridOf(count: number, columns: number, minRows = 3): CSSProperties {
  const rows = Math.max(minRows, Math.ceil(count / columns));
  return {
    gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
    gridTemplateRows: `repeat(${rows}, minmax(0, 1fr))`,
  };
}
