// @vitest-environment happy-dom
/**
 * The alert sound as a supervisor hears it: nothing and a hint until the
 * first click on the page; then yellow and red tones; alerts arriving
 * together sound once, unless a red one follows a yellow one.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { TONES } from './beep';
import { useAlertSound, type AlertSound } from './use-alert-sound';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Pitches started on the fake context, in order. */
let tones: number[] = [];
class FakeAudio extends EventTarget {
  state: 'suspended' | 'running' = 'suspended';
  currentTime = 0;
  destination = {};
  private node = () => ({
    frequency: { value: 0 },
    gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} },
    connect: <T,>(n: T) => n,
    start() {
      tones.push(this.frequency.value);
    },
    stop() {},
  });
  createOscillator = this.node;
  createGain = this.node;
  async resume() {
    this.state = 'running';
    this.dispatchEvent(new Event('statechange'));
  }
  async close() {}
}

let host: HTMLDivElement;
let root: Root;
let sound: AlertSound;
function Probe() {
  sound = useAlertSound();
  return <p>{sound.locked ? 'locked' : 'on'}</p>;
}

beforeEach(async () => {
  tones = [];
  vi.stubGlobal('AudioContext', FakeAudio);
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(() => root.render(<Probe />));
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const click = () =>
  act(async () => {
    window.dispatchEvent(new Event('pointerdown'));
    await Promise.resolve();
  });
const yellow = TONES.yellow.freq;
const red = TONES.red.freq;

describe('alert sound', () => {
  it('stays silent and says so until the first click', async () => {
    expect(host.textContent).toBe('locked');
    act(() => sound.play('red'));
    expect(tones).toEqual([]);
    await click();
    expect(host.textContent).toBe('on');
    act(() => sound.play('red'));
    expect(tones).toEqual(Array(TONES.red.count).fill(red));
  });

  it('one tone per burst, but a red one after a yellow one; later alerts sound again', async () => {
    await click();
    vi.useFakeTimers({ toFake: ['Date'] });
    act(() => {
      sound.play('yellow');
      sound.play('yellow');
      sound.play('red');
      sound.play('yellow');
    });
    expect(tones).toEqual([
      ...Array(TONES.yellow.count).fill(yellow),
      ...Array(TONES.red.count).fill(red),
    ]);
    vi.setSystemTime(Date.now() + 5_000);
    act(() => sound.play('yellow'));
    expect(tones.slice(-TONES.yellow.count)).toEqual(Array(TONES.yellow.count).fill(yellow));
    expect(tones).toHaveLength(TONES.yellow.count * 2 + TONES.red.count);
  });
});
