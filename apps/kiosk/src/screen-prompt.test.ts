import { describe, expect, it } from 'vitest';
import { KIOSK_DICTIONARY } from './dictionary';
import { initialKioskState, kioskReducer, type KioskAction } from './kiosk-state';
import { screenPrompt } from './screen-prompt';
import { testCatalog } from './test-catalog';
import { ttsText } from './hooks/use-prompt-voice';

const zh = KIOSK_DICTIONARY['zh-CN'] as Record<string, string>;
const t = (key: string, vars: Record<string, string | number> = {}) =>
  (zh[key] ?? key).replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));
const say = (idleAsk: boolean, ...actions: KioskAction[]) =>
  screenPrompt(
    actions.reduce(kioskReducer, initialKioskState),
    testCatalog(),
    { idleAsk, down: false },
    t,
    'zh-CN',
  );

describe('what each screen says in 适老 mode', () => {
  it('tells the visitor what to do on each screen', () => {
    expect(say(false)).toBe('请选择办理部门。不知道在哪里办，请点击咨询导办。');
    expect(say(false, { type: 'openUnit', unitId: 'jiaoyu' })).toBe('请选择办理事项。');
    expect(say(false, { type: 'searchAll' })).toBe('请查找办理事项，可以输入拼音首字母。');
    expect(say(false, { type: 'openItem', itemId: 'ZX001' })).toBe(
      '请核对事项，然后点击确认取号。',
    );
  });

  it('says when a closed unit is served, and asks before the idle reset', () => {
    expect(say(false, { type: 'openClosed', unitId: 'wenti' })).toBe(
      '文体广新局今日不办理，周二办理。您可以取咨询导办号。',
    );
    expect(say(true, { type: 'openUnit', unitId: 'jiaoyu' })).toBe(
      '还需要更多时间吗？请点击继续。',
    );
  });

  it('says 暂停取号 while the server is down, even before the catalogue has loaded', () => {
    expect(
      screenPrompt(initialKioskState, undefined, { idleAsk: false, down: true }, t, 'zh-CN'),
    ).toBe('系统连接中断，暂停取号，请稍候。');
  });

  it('keeps to what the server’s speech accepts', () => {
    expect(ttsText('还需要更多时间吗？请点击继续。')).toBe('还需要更多时间吗，请点击继续。');
    expect(ttsText('x'.repeat(100))).toHaveLength(80);
  });
});
