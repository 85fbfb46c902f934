/**
 * Speaks calls: picks the best voice source once, tells the server which one
 * it is (the admin's device list shows it), and feeds every call through the
 * single SpeechQueue. In a plain browser, audio stays locked until someone
 * touches the screen once; `locked` lets the screen say so. (The Electron
 * shell allows audio without a gesture.)
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { HallqApi } from '@hallq/client';
import { callPhrase, DEFAULT_VOICE, type VoiceConfig } from './call-phrase';
import { playChime } from './chime';
import { SpeechQueue, type VoiceOutput } from './speech-queue';
import {
  chooseVoice,
  serverTtsOutput,
  serverTtsWorks,
  webSpeechOutput,
  type VoiceSource,
} from '@hallq/ui';

const REPORT_RETRY_MS = 30_000;

export interface Announcer {
  announce(number: string, windowNumber: number): void;
  source: VoiceSource | undefined;
  locked: boolean;
}

export function useAnnouncer(
  api: HallqApi,
  voice: VoiceConfig | undefined,
  enabled: boolean,
): Announcer {
  const queue = useRef<SpeechQueue>(undefined);
  const voiceRef = useRef<VoiceConfig>(voice ?? DEFAULT_VOICE);
  voiceRef.current = voice ?? DEFAULT_VOICE;
  const [source, setSource] = useState<VoiceSource>();
  const [locked, setLocked] = useState(false);

  useEffect(() => {
    if (!enabled) return;
    let disposed = false;
    let output: VoiceOutput | undefined;
    let reportTimer: ReturnType<typeof setTimeout> | undefined;

    const AC = globalThis.AudioContext as typeof AudioContext | undefined;
    const ctx = AC ? new AC() : undefined;
    const synth = globalThis.speechSynthesis as SpeechSynthesis | undefined;

    const chosen = chooseVoice({
      synth,
      probeServerTts: () => serverTtsWorks(api.ttsUrl('请A零幺二号到1号窗口办理')),
    }).then((choice) => {
      if (disposed) return;
      if (choice.source === 'speechSynthesis' && synth) {
        output = webSpeechOutput({
          synth,
          Utterance: SpeechSynthesisUtterance,
          ...(choice.voice ? { voice: choice.voice } : {}),
        });
      } else if (choice.source === 'serverTts') {
        output = serverTtsOutput(api.ttsUrl);
      }
      setSource(choice.source);
      const report = () =>
        api.reportDeviceStatus({ voiceSource: choice.source }).catch(() => {
          if (!disposed) reportTimer = setTimeout(report, REPORT_RETRY_MS);
        });
      void report();
    });
    const q = new SpeechQueue({ chime: () => playChime(ctx), output: () => output, ready: chosen });
    queue.current = q;

    // Browsers start audio suspended until a gesture: say so, and resume on the first touch.
    const syncLock = () => setLocked(ctx?.state === 'suspended');
    const unlock = () => void ctx?.resume().catch(() => undefined);
    ctx?.addEventListener('statechange', syncLock);
    syncLock();
    window.addEventListener('pointerdown', unlock);
    window.addEventListener('keydown', unlock);

    return () => {
      disposed = true;
      q.dispose();
      if (queue.current === q) queue.current = undefined;
      clearTimeout(reportTimer);
      window.removeEventListener('pointerdown', unlock);
      window.removeEventListener('keydown', unlock);
      ctx?.removeEventListener('statechange', syncLock);
      void ctx?.close().catch(() => undefined);
    };
  }, [api, enabled]);

  const announce = useCallback((number: string, windowNumber: number) => {
    const v = voiceRef.current;
    queue.current?.enqueue({ text: callPhrase(number, windowNumber, v), repeat: v.repeat });
  }, []);

  return { announce, source, locked };
}
