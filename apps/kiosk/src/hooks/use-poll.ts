/**
 * Run `task` now and then every `everyMs` after the previous run settles
 * (never overlapping, so a slow server is not piled on); a task may return
 * another delay for the next run (e.g. sooner while the server is down).
 * `poke()` runs it at once, e.g. after a failed request or a print.
 */
import { useCallback, useEffect, useRef } from 'react';

export function usePoll(
  task: () => Promise<number | void>,
  everyMs: number,
  enabled = true,
): () => void {
  const taskRef = useRef(task);
  taskRef.current = task;
  const pokeRef = useRef<() => void>(() => undefined);

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let running = false;
    let again = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = async () => {
      if (stopped) return;
      if (running) {
        again = true;
        return;
      }
      clearTimeout(timer);
      running = true;
      let delay = everyMs;
      try {
        delay = (await taskRef.current()) ?? everyMs;
      } catch {
        // A task reports its own failures through state; the loop must go on.
      } finally {
        running = false;
      }
      if (stopped) return;
      if (again) {
        again = false;
        void run();
        return;
      }
      timer = setTimeout(() => void run(), delay);
    };
    pokeRef.current = () => void run();
    void run();
    return () => {
      stopped = true;
      clearTimeout(timer);
      pokeRef.current = () => undefined;
    };
  }, [everyMs, enabled]);

  return useCallback(() => pokeRef.current(), []);
}
