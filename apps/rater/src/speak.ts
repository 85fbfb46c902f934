/**
 * The pad's spoken prompt (请您对本次服务进行评价) with the browser's zh-CN
 * voice (@hallq/ui voice-source); a tablet without one stays silent.
 */
import { findZhVoice, waitForVoices, webSpeechOutput, type VoiceOutput } from '@hallq/ui';

let voice: Promise<VoiceOutput | undefined> | undefined;

export function speak(text: string): void {
  const synth = globalThis.speechSynthesis as SpeechSynthesis | undefined;
  if (!synth) return;
  voice ??= waitForVoices(synth).then((voices) => {
    const zh = findZhVoice(voices);
    return zh
      ? webSpeechOutput({ synth, Utterance: SpeechSynthesisUtterance, voice: zh })
      : undefined;
  });
  void voice.then((v) => {
    synth.cancel();
    return v?.speak(text);
  });
}
