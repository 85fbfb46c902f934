/**
 * The two ways a screen speaks (the display's calls, the kiosk's prompts): a Web Speech voice in the page, or a WAV
 * rendered by the server's TTS route. Both resolve when the phrase has been
 * spoken, and both have a guard timer: some engines never fire `end` (Chrome
 * drops it on long utterances; a missing audio device stalls it), and a
 * stuck phrase must not silence the hall for the rest of the day.
 */

/** One way of speaking a text. */
export interface VoiceOutput {
  /** Speak the text once; resolves when it finished or failed (never rejects). */
  speak(text: string): Promise<void>;
}

/** Long enough for a slow voice to finish a hall phrase, short enough to recover. */
export const guardMs = (text: string) => 4_000 + 600 * text.length;

export interface WebSpeechDeps {
  synth: Pick<SpeechSynthesis, 'speak' | 'cancel'>;
  Utterance: new (text: string) => SpeechSynthesisUtterance;
  voice?: SpeechSynthesisVoice;
}

export function webSpeechOutput({ synth, Utterance, voice }: WebSpeechDeps): VoiceOutput {
  return {
    speak: (text) =>
      new Promise<void>((resolve) => {
        const u = new Utterance(text);
        u.lang = voice?.lang ?? 'zh-CN';
        if (voice) u.voice = voice;
        u.rate = 0.9;
        let settled = false;
        const done = () => {
          if (settled) return;
          settled = true;
          clearTimeout(guard);
          resolve();
        };
        const guard = setTimeout(() => {
          // Only our own utterance can be in the engine: the queue is serial.
          synth.cancel();
          done();
        }, guardMs(text));
        u.onend = done;
        u.onerror = done;
        synth.speak(u);
      }),
  };
}

export interface AudioLike {
  play(): Promise<void>;
  pause(): void;
  onended: ((this: never, ev: Event) => unknown) | null;
  onerror: unknown;
}

export function serverTtsOutput(
  urlOf: (text: string) => string,
  makeAudio: (src: string) => AudioLike = (src) => new Audio(src) as unknown as AudioLike,
): VoiceOutput {
  return {
    speak: (text) =>
      new Promise<void>((resolve) => {
        const audio = makeAudio(urlOf(text));
        let settled = false;
        const done = () => {
          if (settled) return;
          settled = true;
          clearTimeout(guard);
          audio.onended = null;
          audio.onerror = null;
          resolve();
        };
        const guard = setTimeout(() => {
          audio.pause();
          done();
        }, guardMs(text));
        audio.onended = done;
        audio.onerror = done;
        audio.play().catch(done);
      }),
  };
}
