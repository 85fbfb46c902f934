/**
 * A screen's spoken prompts (the kiosk's 适老 mode, the rating pad's
 * 请您对本次服务进行评价): the voice the display uses (voice-source: a zh-CN
 * Web Speech voice, else the server's espeak-ng WAV from /tts), chosen on
 * the first prompt. A new prompt cuts the one still speaking: it belongs to
 * a screen the visitor has already left.
 */
import { chooseVoice, serverTtsWorks } from './voice-source';
import {
  serverTtsOutput,
  webSpeechOutput,
  type AudioLike,
  type VoiceOutput,
} from './voice-outputs';

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

async function pickVoice(ttsUrl: (text: string) => string): Promise<Voice | undefined> {
  const synth = globalThis.speechSynthesis as SpeechSynthesis | undefined;
  const choice = await chooseVoice({
    synth,
    probeServerTts: () => serverTtsWorks(ttsUrl('请选择办理部门')),
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
      (text) => ttsUrl(ttsText(text)),
      (src) => (playing = new Audio(src) as unknown as AudioLike),
    );
    return { output, stop: () => playing?.pause() };
  }
  return undefined;
}

/** `speak(text)`: the prompt, cutting the one before; silent where no voice exists. */
export function createPromptSpeaker(ttsUrl: (text: string) => string): (text: string) => void {
  let voice: Promise<Voice | undefined> | undefined;
  return (text) => {
    voice ??= pickVoice(ttsUrl).catch(() => undefined);
    void voice.then((v) => {
      if (!v) return;
      v.stop();
      return v.output.speak(text);
    });
  };
}
