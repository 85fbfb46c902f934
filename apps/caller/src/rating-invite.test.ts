import { describe, expect, it } from 'vitest';
import type { WireEvent } from '@hallq/protocol';
import { nextInvite, type RatingInvite } from './rating-invite';

const base = { seq: 1, siteId: 'district', at: 0 };
const ticket = (id: string, number: string) => ({
  id,
  number,
  unitId: 'yibao',
  itemId: 'YB001',
  priority: 'normal' as const,
  issuedAt: 0,
  transferCount: 0,
});
const window = (id: string) => ({ id, number: 5, name: '5号窗口' });
const finished = (id: string, windowId = 'w5') =>
  ({
    name: 'ticket.finished',
    payload: { ...base, ticket: ticket(id, 'A001'), window: window(windowId) },
  }) as WireEvent;
const rated = (ticketId: string) =>
  ({
    name: 'rating.submitted',
    payload: {
      ...base,
      ratingId: `rating-${ticketId}`,
      ticketId,
      windowId: 'w5',
      channel: 'pad',
      defaulted: false,
    },
  }) as WireEvent;
const run = (events: WireEvent[], start?: RatingInvite) =>
  events.reduce<RatingInvite | undefined>((i, e) => nextInvite(i, e, 'w5'), start);

describe('the caller’s 请邀请群众评价', () => {
  it('invites after this window’s 办结, then says the visitor rated', () => {
    expect(run([finished('t1')])).toEqual({ state: 'invite', ticketId: 't1', number: 'A001' });
    expect(run([finished('t1'), rated('t1')])).toMatchObject({ state: 'rated' });
  });

  it('ignores other windows and other tickets', () => {
    expect(run([finished('t9', 'w6')])).toBeUndefined();
    expect(run([finished('t1'), rated('t2')])).toMatchObject({ state: 'invite' });
  });

  it('a ticket closed unrated says so; the next call after it clears the line', () => {
    const unrated = {
      name: 'rating.unrated',
      payload: { ...base, ticketId: 't1', windowId: 'w5' },
    } as WireEvent;
    const called = {
      name: 'ticket.called',
      payload: { ...base, ticket: ticket('t2', 'A002'), window: window('w5') },
    } as WireEvent;
    expect(run([finished('t1'), unrated])).toMatchObject({ state: 'unrated' });
    expect(run([finished('t1'), rated('t1'), called])).toBeUndefined();
    // Still inviting while the visitor is at the pad, even if the next is called.
    expect(run([finished('t1'), called])).toMatchObject({ state: 'invite' });
  });
});
