/**
 * Per unit: people waiting and the longest wait, with the server's yellow or
 * red mark (core S10). The longest wait was measured when the figures were
 * read and grows with the clock until the next read. Marked units first,
 * then the longest waits; units nobody waits for are only counted.
 */
import type { CatalogReply, SupervisionReply } from '@hallq/protocol';
import type { Level } from './hall-map';

export interface UnitRow {
  unitId: string;
  name: string;
  waiting: number;
  longestWaitMs: number;
  level?: Level;
}

export interface UnitRows {
  rows: UnitRow[];
  /** Units with nobody waiting and no mark. */
  quiet: number;
}

const rank = (l: Level | undefined) => (l === 'red' ? 2 : l === 'yellow' ? 1 : 0);

export function unitRows(
  catalog: Pick<CatalogReply, 'units'>,
  figures: Pick<SupervisionReply, 'units' | 'at'>,
  now: number,
): UnitRows {
  const name = new Map(catalog.units.map((u) => [u.id, u.shortName || u.name]));
  const grown = Math.max(0, now - figures.at);
  const rows: UnitRow[] = [];
  let quiet = 0;
  for (const u of figures.units) {
    if (u.waiting === 0 && !u.level) {
      quiet++;
      continue;
    }
    rows.push({
      unitId: u.unitId,
      name: name.get(u.unitId) ?? u.unitId,
      waiting: u.waiting,
      longestWaitMs: u.waiting > 0 ? u.longestWaitMs + grown : 0,
      ...(u.level ? { level: u.level } : {}),
    });
  }
  rows.sort((a, b) => rank(b.level) - rank(a.level) || b.longestWaitMs - a.longestWaitMs);
  return { rows, quiet };
}
