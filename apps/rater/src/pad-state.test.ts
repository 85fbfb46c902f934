import { describe, expect, it } from 'vitest';
import { IDLE, padReducer, THANKS_MS, type PadAction, type PadState } from './pad-state';

const ticket = { id: 't1', number: 'A001', itemId: 'i1' };
const run = (actions: PadAction[], start: PadState = IDLE) =>
  actions.reduce((s, a) => padReducer(s, a, 60_000), start);

describe('the rating pad', () => {
  it('prompts after its window’s 办结, and a 差评 asks for reasons', () => {
    const prompt = run([{ type: 'finished', ticket, at: 0 }]);
    expect(prompt).toMatchObject({ screen: 'prompt', ticket });
    expect(run([{ type: 'level', level: 5, at: 1 }], prompt)).toBe(prompt);
    const reasons = run(
      [
        { type: 'level', level: 2, at: 1 },
        { type: 'toggleTag', tag: '等候时间长', at: 2 },
        { type: 'toggleTag', tag: '服务态度差', at: 3 },
        { type: 'toggleTag', tag: '等候时间长', at: 4 },
      ],
      prompt,
    );
    expect(reasons).toMatchObject({ screen: 'reasons', level: 2, tags: ['服务态度差'] });
  });

  it('returns to idle 60 s after 办结 unrated, and after the thanks once sent', () => {
    const prompt = run([{ type: 'finished', ticket, at: 0 }]);
    expect(run([{ type: 'tick', at: 59_999 }], prompt).screen).toBe('prompt');
    expect(run([{ type: 'tick', at: 60_000 }], prompt)).toEqual(IDLE);
    const reasons = run([{ type: 'level', level: 1, at: 30_000 }], prompt);
    expect(run([{ type: 'tick', at: 60_000 }], reasons)).toEqual(IDLE);
    const thanks = run([{ type: 'sent', at: 10_000 }], prompt);
    expect(thanks.screen).toBe('thanks');
    expect(run([{ type: 'tick', at: 10_000 + THANKS_MS }], thanks)).toEqual(IDLE);
  });

  it('a new 办结 replaces what is shown', () => {
    const next = { id: 't2', number: 'A002', itemId: 'i1' };
    const reasons = run([
      { type: 'finished', ticket, at: 0 },
      { type: 'level', level: 2, at: 1 },
      { type: 'finished', ticket: next, at: 2 },
    ]);
    expect(reasons).toEqual({ screen: 'prompt', ticket: next, since: 2 });
  });
});
