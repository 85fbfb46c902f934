/**
 * The kiosk's own voice for 适老 mode: each screen's prompt is spoken, with
 * the voice the display uses (@hallq/ui voice-source: a zh-CN Web Speech
 * voice, else the server's espeak-ng WAV). The voice is chosen the first
 * time 适老 mode is turned on, by that tap, which also unlocks audio in a
 * plain browser. A new prompt cuts the one still speaking: it belongs to a
 * screen the visitor has already left.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { HallqApi } from '@hallq/client';
import {
  chooseVoice,
  serverTtsOutput,
  serverTtsWorks,
  webSpeechOutput,
  type AudioLike,
  type VoiceOutput,
} from '@hallq/ui';

/** What the server's /tts accepts: Chinese, letters, digits and a few marks, 80 at most. */
export function ttsText(text: string): string {
  return text
    .replace(/[^\u4e00-\u9fa5A-Za-z0-9，。、 ]+/g, '，')
    .replace(/，+/g, '，')
    .replace(/^，|，$/g, '')
    .slice(0, 80);
}

interface Voice {
  output: VoiceOutput;
  stop: () => void;
}

async function pickVoice(api: Pick<HallqApi, 'ttsUrl'>): Promise<Voice | undefined> {
  const synth = globalThis.speechSynthesis as SpeechSynthesis | undefined;
  const choice = await chooseVoice({
    synth,
    probeServerTts: () => serverTtsWorks(api.ttsUrl('请选择办理部门')),
  });
  if (choice.source === 'speechSynthesis' && synth) {
    const output = webSpeechOutput({
      synth,
      Utterance: SpeechSynthesisUtterance,
      ...(choice.voice ? { voice: choice.voice } : {}),
    });
    return { output, stop: () => synth.cancel() };
  }
  if (choice.source === 'serverTts') {
    let playing: AudioLike | undefined;
    const output = serverTtsOutput(
      (text) => api.ttsUrl(ttsText(text)),
      (src) => (playing = new Audio(src) as unknown as AudioLike),
    );
    return { output, stop: () => playing?.pause() };
  }
  return undefined;
}

/** Speaks `prompt` on each new `screen` (any value that changes with it) while `enabled`. */
export function usePromptVoice(
  api: Pick<HallqApi, 'ttsUrl'> | undefined,
  prompt: string | undefined,
  screen: unknown,
  enabled: boolean,
): void {
  const voice = useRef<Promise<Voice | undefined>>(undefined);
  const speak = useCallback(
    (text: string) => {
      if (!api) return;
      voice.current ??= pickVoice(api).catch(() => undefined);
      void voice.current.then((v) => {
        if (!v) return;
        v.stop();
        return v.output.speak(text);
      });
    },
    [api],
  );
  useEffect(() => {
    if (enabled && prompt) speak(prompt);
  }, [enabled, prompt, screen, speak]);
}
