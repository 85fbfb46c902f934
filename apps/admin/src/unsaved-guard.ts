/**
 * Unsaved changes warn before leaving: every form with changes registers
 * itself here. Closing or reloading the page gets the browser's own prompt
 * (beforeunload); moving to another section or closing a form asks
 * `confirmLeave()` first.
 */
import { useEffect, useId } from 'react';

const dirty = new Set<string>();

export const hasUnsaved = (): boolean => dirty.size > 0;

/** True when nothing is unsaved or the user agrees to drop it (and then forgets it). */
export function confirmLeave(
  message: string,
  ask: (m: string) => boolean = window.confirm,
): boolean {
  if (!hasUnsaved()) return true;
  if (!ask(message)) return false;
  dirty.clear();
  return true;
}

function onBeforeUnload(e: BeforeUnloadEvent) {
  if (!hasUnsaved()) return;
  e.preventDefault();
  // Older browsers need returnValue set to show the prompt.
  e.returnValue = '';
}
// Once, for the page (not in a test run without a DOM).
if (typeof window !== 'undefined') window.addEventListener('beforeunload', onBeforeUnload);

/** Marks the calling form as holding unsaved changes while `isDirty` is true. */
export function useUnsavedGuard(isDirty: boolean): void {
  const id = useId();
  useEffect(() => {
    if (isDirty) dirty.add(id);
    else dirty.delete(id);
    return () => {
      dirty.delete(id);
    };
  }, [id, isDirty]);
}
