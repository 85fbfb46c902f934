import { afterEach, describe, expect, it, vi } from 'vitest';
import { serverTtsOutput, type AudioLike } from './voice-outputs';

function fakeAudio(behaviour: 'ends' | 'errors' | 'blocked' | 'hangs') {
  const made: { src: string; audio: AudioLike }[] = [];
  const make = (src: string) => {
    const audio: AudioLike = {
      onended: null,
      onerror: null,
      pause: vi.fn(),
      play: () => {
        if (behaviour === 'blocked') return Promise.reject(new Error('NotAllowedError'));
        if (behaviour === 'ends')
          setTimeout(() => audio.onended?.call(undefined as never, new Event('ended')), 10);
        if (behaviour === 'errors') setTimeout(() => (audio.onerror as () => void)?.(), 10);
        return Promise.resolve();
      },
    };
    made.push({ src, audio });
    return audio;
  };
  return { make, made };
}
const url = (t: string) => `/api/v1/tts?text=${encodeURIComponent(t)}`;

afterEach(() => vi.useRealTimers());

describe('serverTtsOutput', () => {
  it('plays the server WAV for the phrase and resolves when it ends', async () => {
    const f = fakeAudio('ends');
    await serverTtsOutput(url, f.make).speak('请A零幺二号到5号窗口办理');
    expect(f.made).toHaveLength(1);
    expect(decodeURIComponent(f.made[0]!.src)).toBe('/api/v1/tts?text=请A零幺二号到5号窗口办理');
  });

  it('moves on when the audio fails or the browser blocks playback', async () => {
    await expect(
      serverTtsOutput(url, fakeAudio('errors').make).speak('x'),
    ).resolves.toBeUndefined();
    await expect(
      serverTtsOutput(url, fakeAudio('blocked').make).speak('x'),
    ).resolves.toBeUndefined();
  });

  it('gives up on a stalled stream so later calls are still spoken', async () => {
    vi.useFakeTimers();
    const f = fakeAudio('hangs');
    const p = serverTtsOutput(url, f.make).speak('请A零幺二号到5号窗口办理');
    await vi.advanceTimersByTimeAsync(60_000);
    await expect(p).resolves.toBeUndefined();
    expect(f.made[0]!.audio.pause).toHaveBeenCalled();
  });
});
