/**
 * The kiosk's own voice for 适老 mode: each screen's prompt is spoken with
 * the screens' prompt voice (@hallq/ui prompt-voice). The voice is chosen the
 * first time 适老 mode is turned on, by that tap, which also unlocks audio in
 * a plain browser.
 */
import { useEffect, useMemo } from 'react';
import type { HallqApi } from '@hallq/client';
import { createPromptSpeaker } from '@hallq/ui';

export { ttsText } from '@hallq/ui';

/** Speaks `prompt` on each new `screen` (any value that changes with it) while `enabled`. */
export function usePromptVoice(
  api: Pick<HallqApi, 'ttsUrl'> | undefined,
  prompt: string | undefined,
  screen: unknown,
  enabled: boolean,
): void {
  const speak = useMemo(() => (api ? createPromptSpeaker((t) => api.ttsUrl(t)) : undefined), [api]);
  useEffect(() => {
    if (enabled && prompt) speak?.(prompt);
  }, [enabled, prompt, screen, speak]);
}
