/**
 * Which voice a screen speaks with, best first: a zh-CN Web Speech voice
 * (Electron on Windows has one); else the server's TTS WAV (espeak-ng); else
 * none (the display then has its chime and flash alone). The display reports
 * the choice to the server so the admin's device list shows it.
 */
export type VoiceSource = 'speechSynthesis' | 'serverTts' | 'chimeOnly';

const norm = (lang: string) => lang.replace('_', '-').toLowerCase();

/** A Mainland Mandarin voice: zh-CN first, then any Simplified/Mandarin one; never Cantonese. */
export function findZhVoice(
  voices: readonly SpeechSynthesisVoice[],
): SpeechSynthesisVoice | undefined {
  const ranked = [
    (l: string) => l === 'zh-cn',
    (l: string) => l.startsWith('zh-hans') || l.startsWith('cmn'),
    (l: string) => l === 'zh' || l.startsWith('zh-sg') || l.startsWith('zh-tw'),
  ];
  for (const fits of ranked) {
    const v = voices.find((x) => fits(norm(x.lang)));
    if (v) return v;
  }
  return undefined;
}

/** Chromium loads voices asynchronously: wait for `voiceschanged` a little while. */
export function waitForVoices(
  synth: Pick<SpeechSynthesis, 'getVoices' | 'addEventListener' | 'removeEventListener'>,
  timeoutMs = 1_500,
): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', finish);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(finish, timeoutMs);
    synth.addEventListener('voiceschanged', finish);
  });
}

/** Whether the server answers its TTS route with audio (503 when it has no espeak-ng). */
export async function serverTtsWorks(
  url: string,
  doFetch: typeof fetch = globalThis.fetch.bind(globalThis),
): Promise<boolean> {
  try {
    const res = await doFetch(url, { signal: AbortSignal.timeout(8_000) });
    const ok = res.ok && (res.headers.get('content-type') ?? '').startsWith('audio/');
    await res.body?.cancel().catch(() => undefined);
    return ok;
  } catch {
    return false;
  }
}

export interface VoiceChoice {
  source: VoiceSource;
  voice?: SpeechSynthesisVoice;
}

export async function chooseVoice(deps: {
  synth:
    Pick<SpeechSynthesis, 'getVoices' | 'addEventListener' | 'removeEventListener'> | undefined;
  probeServerTts: () => Promise<boolean>;
}): Promise<VoiceChoice> {
  if (deps.synth) {
    const voice = findZhVoice(await waitForVoices(deps.synth));
    if (voice) return { source: 'speechSynthesis', voice };
  }
  if (await deps.probeServerTts()) return { source: 'serverTts' };
  return { source: 'chimeOnly' };
}
