/**
 * The two-tone "ding-dong" before each call, made with a Web Audio
 * oscillator so the app ships no sound file. Resolves when the tone is over,
 * whether or not the audio context is allowed to play yet.
 */
const NOTES = [
  { freq: 659.25, at: 0 }, // E5
  { freq: 523.25, at: 0.38 }, // C5
];
const NOTE_S = 0.6;
export const CHIME_MS = Math.round((0.38 + NOTE_S) * 1000) + 80;

export function playChime(ctx: AudioContext | undefined): Promise<void> {
  if (ctx && ctx.state === 'running') {
    const t0 = ctx.currentTime + 0.02;
    for (const n of NOTES) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = n.freq;
      gain.gain.setValueAtTime(0.0001, t0 + n.at);
      gain.gain.exponentialRampToValueAtTime(0.35, t0 + n.at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, t0 + n.at + NOTE_S);
      osc.connect(gain).connect(ctx.destination);
      osc.start(t0 + n.at);
      osc.stop(t0 + n.at + NOTE_S + 0.05);
    }
  }
  return new Promise((resolve) => setTimeout(resolve, CHIME_MS));
}
