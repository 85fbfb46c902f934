/** What a supervisors-room alert does to the screen: where it goes in the list, and which tone. */
import { describe, expect, it } from 'vitest';
import type { AlertView } from '@hallq/protocol';
import { remember, toneFor, withAlert, type Known } from './alert-watch';

const alert = (id: string, level: 'yellow' | 'red', extra: Partial<AlertView> = {}): AlertView => ({
  id,
  rule: 'long-wait',
  level,
  siteId: 'district',
  detail: {},
  openedAt: 1,
  ...extra,
});

describe('alert tones', () => {
  it('a new alert sounds at its level, and again when it turns red', () => {
    const known: Known = new Map();
    expect(toneFor(known, alert('a', 'yellow'))).toBe('yellow');
    expect(toneFor(known, alert('a', 'yellow'))).toBeUndefined();
    expect(toneFor(known, alert('a', 'red', { redAt: 2 }))).toBe('red');
    expect(toneFor(known, alert('b', 'red'))).toBe('red');
  });

  it('acknowledging, going to the admin and closing are silent', () => {
    const known: Known = new Map();
    toneFor(known, alert('a', 'red'));
    expect(toneFor(known, alert('a', 'red', { escalatedAt: 3 }))).toBeUndefined();
    expect(toneFor(known, alert('a', 'red', { acknowledgedAt: 4 }))).toBeUndefined();
    expect(toneFor(known, alert('a', 'red', { closedAt: 5 }))).toBeUndefined();
    expect(known.has('a')).toBe(false);
    expect(toneFor(known, alert('old', 'red', { escalatedAt: 3 }))).toBeUndefined();
  });

  it('alerts already listed when the screen read them do not sound', () => {
    const known: Known = new Map();
    remember(known, [alert('a', 'yellow'), alert('b', 'red'), alert('c', 'red', { closedAt: 2 })]);
    expect(toneFor(known, alert('a', 'yellow', { acknowledgedAt: 3 }))).toBeUndefined();
    expect(toneFor(known, alert('b', 'red', { escalatedAt: 3 }))).toBeUndefined();
    // Acknowledged, it stays silent when it turns red.
    expect(toneFor(known, alert('a', 'red', { acknowledgedAt: 3 }))).toBeUndefined();
    expect(toneFor(known, alert('c', 'red'))).toBe('red');
  });
});

describe('the open list', () => {
  it('a new alert goes first, a changed one keeps its place, a closed one leaves', () => {
    let list = [alert('a', 'yellow'), alert('b', 'red')];
    list = withAlert(list, alert('c', 'yellow'));
    expect(list.map((a) => a.id)).toEqual(['c', 'a', 'b']);
    list = withAlert(list, alert('a', 'red'));
    expect(list.map((a) => [a.id, a.level])).toEqual([
      ['c', 'yellow'],
      ['a', 'red'],
      ['b', 'red'],
    ]);
    list = withAlert(list, alert('b', 'red', { closedAt: 9 }));
    expect(list.map((a) => a.id)).toEqual(['c', 'a']);
  });
});
