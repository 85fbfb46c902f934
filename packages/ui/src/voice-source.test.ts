import { describe, expect, it } from 'vitest';
import { chooseVoice, findZhVoice } from './voice-source';

const voice = (lang: string, name = lang) => ({ lang, name }) as SpeechSynthesisVoice;
const synthWith = (voices: SpeechSynthesisVoice[]) => ({
  getVoices: () => voices,
  addEventListener: () => undefined,
  removeEventListener: () => undefined,
});

describe('findZhVoice', () => {
  it('prefers a zh-CN voice over other Chinese ones and ignores Cantonese', () => {
    const v = findZhVoice([
      voice('en-US'),
      voice('zh-HK'),
      voice('zh-TW'),
      voice('zh_CN', 'Huihui'),
    ]);
    expect(v?.name).toBe('Huihui');
    expect(findZhVoice([voice('zh-HK'), voice('en-GB')])).toBeUndefined();
  });
});

describe('chooseVoice', () => {
  it('uses Web Speech when a zh-CN voice exists', async () => {
    const c = await chooseVoice({
      synth: synthWith([voice('zh-CN')]),
      probeServerTts: async () => true,
    });
    expect(c.source).toBe('speechSynthesis');
  });
  it('falls back to the server TTS, then to the chime alone', async () => {
    const noZh = synthWith([voice('en-US')]);
    expect((await chooseVoice({ synth: noZh, probeServerTts: async () => true })).source).toBe(
      'serverTts',
    );
    expect(
      (await chooseVoice({ synth: undefined, probeServerTts: async () => false })).source,
    ).toBe('chimeOnly');
  });
});
