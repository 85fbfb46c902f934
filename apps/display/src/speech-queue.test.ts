import { afterEach, describe, expect, it, vi } from 'vitest';
import { SpeechQueue } from './speech-queue';
import { webSpeechOutput } from '@hallq/ui';

/** A speechSynthesis stand-in: each utterance "speaks" for `ms`, and it records what it heard. */
function fakeSynth(ms = 50) {
  const log: { kind: 'chime' | 'utter'; text: string; start: number; end: number }[] = [];
  let speaking = 0;
  let maxSpeaking = 0;
  const synth = {
    cancel: vi.fn(),
    speak(u: SpeechSynthesisUtterance) {
      speaking++;
      maxSpeaking = Math.max(maxSpeaking, speaking);
      const entry = { kind: 'utter' as const, text: u.text, start: Date.now(), end: 0 };
      log.push(entry);
      setTimeout(() => {
        speaking--;
        entry.end = Date.now();
        u.onend?.(new Event('end') as SpeechSynthesisEvent);
      }, ms);
    },
  };
  class Utterance {
    lang = '';
    rate = 1;
    voice: SpeechSynthesisVoice | null = null;
    onend: ((e: SpeechSynthesisEvent) => void) | null = null;
    onerror: ((e: SpeechSynthesisErrorEvent) => void) | null = null;
    constructor(readonly text: string) {}
  }
  const chime = () => {
    const entry = { kind: 'chime' as const, text: '', start: Date.now(), end: 0 };
    log.push(entry);
    return new Promise<void>((r) =>
      setTimeout(() => {
        entry.end = Date.now();
        r();
      }, 20),
    );
  };
  const output = webSpeechOutput({
    synth,
    Utterance: Utterance as unknown as new (t: string) => SpeechSynthesisUtterance,
  });
  return { synth, chime, output, log, maxSpeaking: () => maxSpeaking };
}

const idle = async (q: SpeechQueue) => {
  await vi.waitFor(() => expect(q.size).toBe(0), { timeout: 5_000, interval: 10 });
};

afterEach(() => vi.useRealTimers());

describe('SpeechQueue with a stubbed speechSynthesis', () => {
  it('speaks calls in arrival order, each after a chime, each repeated, never two at once', async () => {
    const f = fakeSynth();
    const q = new SpeechQueue({ chime: f.chime, output: () => f.output });
    // Three windows call within the same tick.
    q.enqueue({ text: '请A零零幺号到5号窗口办理', repeat: 2 });
    q.enqueue({ text: '请A零零二号到6号窗口办理', repeat: 2 });
    q.enqueue({ text: '请B零零幺号到1号窗口办理', repeat: 2 });
    await idle(q);

    expect(f.log.map((e) => (e.kind === 'chime' ? 'chime' : e.text))).toEqual([
      'chime',
      '请A零零幺号到5号窗口办理',
      '请A零零幺号到5号窗口办理',
      'chime',
      '请A零零二号到6号窗口办理',
      '请A零零二号到6号窗口办理',
      'chime',
      '请B零零幺号到1号窗口办理',
      '请B零零幺号到1号窗口办理',
    ]);
    expect(f.maxSpeaking()).toBe(1);
    for (let i = 1; i < f.log.length; i++) {
      expect(f.log[i]!.start).toBeGreaterThanOrEqual(f.log[i - 1]!.end);
    }
    expect(f.synth.cancel).not.toHaveBeenCalled();
  });

  it('does not cut off a call in progress when the next one arrives', async () => {
    const f = fakeSynth(80);
    const q = new SpeechQueue({ chime: f.chime, output: () => f.output });
    q.enqueue({ text: '第一', repeat: 1 });
    await new Promise((r) => setTimeout(r, 40)); // mid-speech
    q.enqueue({ text: '第二', repeat: 1 });
    await idle(q);
    const utter = f.log.filter((e) => e.kind === 'utter');
    expect(utter.map((e) => e.text)).toEqual(['第一', '第二']);
    expect(utter[1]!.start).toBeGreaterThanOrEqual(utter[0]!.end);
    expect(f.synth.cancel).not.toHaveBeenCalled();
  });

  it('speaks a recall again, with its own chime', async () => {
    const f = fakeSynth(10);
    const q = new SpeechQueue({ chime: f.chime, output: () => f.output });
    q.enqueue({ text: '请A零幺二号到5号窗口办理', repeat: 1 });
    q.enqueue({ text: '请A零幺二号到5号窗口办理', repeat: 1 });
    await idle(q);
    expect(f.log.filter((e) => e.kind === 'chime')).toHaveLength(2);
    expect(f.log.filter((e) => e.kind === 'utter')).toHaveLength(2);
  });

  it('plays only the chime when there is no voice', async () => {
    const f = fakeSynth(10);
    const q = new SpeechQueue({ chime: f.chime, output: () => undefined });
    q.enqueue({ text: '请A零幺二号到5号窗口办理', repeat: 2 });
    await idle(q);
    expect(f.log.map((e) => e.kind)).toEqual(['chime']);
  });

  it('keeps its backlog bounded, dropping the oldest waiting call', async () => {
    const f = fakeSynth(5);
    const q = new SpeechQueue({ chime: f.chime, output: () => f.output, maxPending: 3 });
    for (let i = 0; i < 10; i++) q.enqueue({ text: `号${i}`, repeat: 1 });
    expect(q.size).toBeLessThanOrEqual(4);
    await idle(q);
    // The first started at once; of the nine that waited, the newest three remain.
    expect(f.log.filter((e) => e.kind === 'utter').map((e) => e.text)).toEqual([
      '号0',
      '号7',
      '号8',
      '号9',
    ]);
  });

  it('holds calls that arrive before the voice is chosen, then speaks them', async () => {
    const f = fakeSynth(10);
    const chosen: { output?: typeof f.output } = {};
    const gate: { open?: () => void } = {};
    const ready = new Promise<void>((r) => (gate.open = r));
    const q = new SpeechQueue({ chime: f.chime, output: () => chosen.output, ready });
    q.enqueue({ text: '请A零零幺号到5号窗口办理', repeat: 2 });
    await new Promise((r) => setTimeout(r, 30));
    expect(f.log).toEqual([]);
    chosen.output = f.output;
    gate.open?.();
    await idle(q);
    expect(f.log.map((e) => e.kind)).toEqual(['chime', 'utter', 'utter']);
  });

  it('recovers from an engine that never ends an utterance', async () => {
    vi.useFakeTimers();
    const synth = { speak: vi.fn(), cancel: vi.fn() }; // never calls onend
    class Utterance {
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(readonly text: string) {}
    }
    const output = webSpeechOutput({
      synth,
      Utterance: Utterance as unknown as new (t: string) => SpeechSynthesisUtterance,
    });
    const spoken = output.speak('请A零幺二号到5号窗口办理');
    await vi.advanceTimersByTimeAsync(60_000);
    await expect(spoken).resolves.toBeUndefined();
    expect(synth.cancel).toHaveBeenCalledTimes(1);
  });
});
