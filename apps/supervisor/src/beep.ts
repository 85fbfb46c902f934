/**
 * The alert tone, made with a Web Audio oscillator (no sound file): a red
 * alert beeps three times high, a yellow one twice lower. Silent while the
 * browser keeps audio locked (no click on the page yet).
 */
export const TONES = {
  red: { freq: 1046.5, count: 3 },
  yellow: { freq: 784, count: 2 },
} as const;
const BEEP_S = 0.16;
const GAP_S = 0.12;

export function beep(ctx: AudioContext | undefined, level: 'yellow' | 'red'): boolean {
  if (!ctx || ctx.state !== 'running') return false;
  const { freq, count } = TONES[level];
  const t0 = ctx.currentTime + 0.02;
  for (let i = 0; i < count; i++) {
    const at = t0 + i * (BEEP_S + GAP_S);
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'square';
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.25, at + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + BEEP_S);
    osc.connect(gain).connect(ctx.destination);
    osc.start(at);
    osc.stop(at + BEEP_S + 0.02);
  }
  return true;
}
