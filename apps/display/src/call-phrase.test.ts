import { describe, expect, it } from 'vitest';
import { DEFAULT_VOICE, callPhrase, readTicketNumber } from './call-phrase';

describe('readTicketNumber', () => {
  it('reads A012 as A零幺二 when the hall reads 1 as 幺', () => {
    expect(readTicketNumber('A012', 'yao')).toBe('A零幺二');
  });
  it('reads A012 as A零一二 when the hall reads 1 as 一', () => {
    expect(readTicketNumber('A012', 'yi')).toBe('A零一二');
  });
  it('reads every digit and keeps two-letter prefixes as letters', () => {
    expect(readTicketNumber('MZ109', 'yi')).toBe('MZ一零九');
    expect(readTicketNumber('gh345', 'yao')).toBe('GH三四五');
    expect(readTicketNumber('B678', 'yao')).toBe('B六七八');
  });
});

describe('callPhrase', () => {
  it('fills the default template', () => {
    expect(callPhrase('A012', 5, DEFAULT_VOICE)).toBe('请A零幺二号到5号窗口办理');
  });
  it('follows a configured template and reading', () => {
    expect(
      callPhrase('C101', 27, { template: '{number}号请到{window}号窗口', one: 'yi', repeat: 1 }),
    ).toBe('C一零一号请到27号窗口');
  });
});
