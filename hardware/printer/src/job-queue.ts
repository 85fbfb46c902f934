/**
 * One job at a time per physical printer. Keyed by the printer's address, not
 * by Printer object, so that two parts of a process that each created a
 * Printer for the same device still cannot interleave their bytes.
 */

const tails = new Map<string, Promise<void>>();

export function serialised<T>(key: string, job: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(job);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return run;
}
