/**
 * How a call is read aloud. A ticket number is read digit by digit the way
 * Chinese halls do it ("A012" → "A零幺二"), so 1 and 7 are never confused;
 * the hall chooses 幺 or 一 for the digit 1. Letters stay letters: a zh-CN
 * voice (and espeak-ng) spells them.
 */
export type OneReading = 'yao' | 'yi';

export interface VoiceConfig {
  /** e.g. "请{number}号到{window}号窗口办理" */
  template: string;
  one: OneReading;
  repeat: number;
}

export const DEFAULT_VOICE: VoiceConfig = {
  template: '请{number}号到{window}号窗口办理',
  one: 'yao',
  repeat: 2,
};

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export function readTicketNumber(number: string, one: OneReading): string {
  return Array.from(number, (ch) => {
    if (ch >= '0' && ch <= '9') {
      return ch === '1' && one === 'yao' ? '幺' : (DIGITS[Number(ch)] ?? ch);
    }
    return ch.toUpperCase();
  }).join('');
}

/** The phrase spoken for one call; the window number stays a number ("5号窗口" reads 五号). */
export function callPhrase(number: string, windowNumber: number, voice: VoiceConfig): string {
  const spoken = readTicketNumber(number, voice.one);
  return voice.template.replaceAll('{number}', spoken).replaceAll('{window}', String(windowNumber));
}
