/**
 * The histogram columns of the figure tables (day_figures, hour_figures) in
 * SQL: a JSON array of BUCKETS counts, grown one bucket at a time by
 * json_replace in an upsert (store/day-figures.ts has the buckets).
 */
import { BUCKETS } from './day-figures';

/** An empty histogram. */
export const EMPTY_HISTOGRAM = JSON.stringify(new Array<number>(BUCKETS).fill(0));

/** A histogram with one count in bucket i (an insert's first value). */
export const ONE_IN = Array.from({ length: BUCKETS }, (_, i) =>
  JSON.stringify(Array.from({ length: BUCKETS }, (_, j) => (i === j ? 1 : 0))),
);

/**
 * An upsert's SET clause adding one to `column`'s bucket (a named parameter;
 * NULL leaves the histogram as it is). A bound JS number is a REAL to
 * SQLite: the path needs it as an integer.
 */
export const addToHistogram = (column: string, bucket: string): string => {
  const path = `'$[' || CAST(${bucket} AS INTEGER) || ']'`;
  return `${column} = CASE WHEN ${bucket} IS NULL THEN ${column} ELSE json_replace(${column},
     ${path}, json_extract(${column}, ${path}) + 1) END`;
};
