/**
 * The HallStore contract, one suite for every implementation: what the hall
 * writes inside a transaction is what it reads back after a restart, a throw
 * leaves nothing behind, and the log replays exactly.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_SITE_ID } from '../demo/dataset';
import { catalog, hallOn } from './contract-hall';
import type { HallStore } from './hall-store';

const site = DEMO_SITE_ID;

const item = (unitId: string) => Object.values(catalog.items).find((i) => i.unitId === unitId)!.id;

export function hallStoreContract(name: string, make: () => HallStore): void {
  describe(`HallStore contract: ${name}`, () => {
    it('reads back the catalogue it saved', () => {
      const store = make();
      hallOn(store);
      const back = store.loadCatalog();
      expect(Object.keys(back.units)).toHaveLength(32);
      expect(back.windows.w5).toEqual(catalog.windows.w5);
    });

    it('loads exactly the state the hall evolved to (a restart changes nothing)', () => {
      const store = make();
      const hall = hallOn(store);
      hall.run({ type: 'signIn', windowId: 'w5', staffId: 'staff-w05' });
      hall.run({ type: 'signIn', windowId: 'w1', staffId: 'staff-w01' });
      for (let i = 0; i < 4; i++) {
        hall.run({
          type: 'issueTicket',
          ticketId: `t${i}`,
          itemId: item('yibao'),
          priority: i === 2 ? 'priority' : 'normal',
        });
      }
      hall.run({ type: 'callNext', windowId: 'w5' });
      hall.run({ type: 'recall', windowId: 'w5', ticketId: 't2' });
      hall.run({ type: 'start', windowId: 'w5', ticketId: 't2' });
      hall.run({ type: 'finish', windowId: 'w5', ticketId: 't2' });
      hall.run({ type: 'callNext', windowId: 'w5' });
      hall.run({
        type: 'transfer',
        windowId: 'w5',
        ticketId: 't0',
        toUnitId: 'shebao',
        toItemId: item('shebao'),
        position: 'front',
      });
      hall.run({ type: 'callNext', windowId: 'w1' });
      hall.run({ type: 'cancel', ticketId: 't3' });
      hall.run({ type: 'pauseWindow', windowId: 'w5', reason: '午休' });
      expect(store.loadState(store.loadCatalog())).toEqual(hall.state);
      expect(store.siteSeqs()).toEqual({ [site]: hall.seq });
    });

    it('keeps every ticket, finished ones too, with its final status', () => {
      const store = make();
      const hall = hallOn(store);
      hall.run({ type: 'signIn', windowId: 'w5', staffId: 'staff-w05' });
      for (const id of ['a', 'b', 'c'])
        hall.run({ type: 'issueTicket', ticketId: id, itemId: item('yibao'), priority: 'normal' });
      hall.run({ type: 'callNext', windowId: 'w5' });
      hall.run({ type: 'finish', windowId: 'w5', ticketId: 'a' });
      hall.run({ type: 'callNext', windowId: 'w5' });
      hall.run({ type: 'noShow', windowId: 'w5', ticketId: 'b' });
      expect(store.ticket('a')).toMatchObject({
        number: 'A001',
        status: 'done',
        finishedAt: expect.any(Number),
      });
      expect(store.ticket('b')).toMatchObject({ status: 'noShow' });
      expect(store.ticket('c')).toMatchObject({ status: 'waiting' });
      expect(store.ticket('nope')).toBeUndefined();
      expect(store.dayFigures('clerk', 'staff-w05', '2026-11-23')).toMatchObject({
        called: 2,
        served: 1,
        noShow: 1,
        service: { sumMs: 60_000, count: 1 },
      });
      hall.run({ type: 'closeDay', siteId: site });
      expect(store.ticket('c')).toMatchObject({ status: 'expired' });
    });

    it('replays the log after a seq, in order, per site, at most `limit`', () => {
      const store = make();
      const hall = hallOn(store);
      for (let i = 0; i < 5; i++)
        hall.run({
          type: 'issueTicket',
          ticketId: `t${i}`,
          itemId: item('shebao'),
          priority: 'normal',
        });
      const after2 = store.eventsSince(site, 2, 100);
      expect(after2.map((e) => e.seq)).toEqual([3, 4, 5]);
      expect(
        after2.map((e) => (e.event.type === 'ticket.issued' ? e.event.ticket.number : '')),
      ).toEqual(['B003', 'B004', 'B005']);
      expect(store.eventsSince(site, 0, 2).map((e) => e.seq)).toEqual([1, 2]);
      expect(store.eventsSince('twn-001', 0, 100)).toEqual([]);
    });

    it('refuses a seq already in the log', () => {
      const store = make();
      const hall = hallOn(store);
      hall.run({ type: 'issueTicket', ticketId: 't', itemId: item('shebao'), priority: 'normal' });
      const [first] = store.eventsSince(site, 0, 1);
      expect(() =>
        store.transaction(() => store.append({ siteId: site, seq: 1, at: 0, event: first!.event })),
      ).toThrow();
    });

    it('a transaction that throws leaves nothing behind', () => {
      const store = make();
      const hall = hallOn(store);
      hall.run({
        type: 'issueTicket',
        ticketId: 'kept',
        itemId: item('yibao'),
        priority: 'normal',
      });
      const before = {
        state: store.loadState(store.loadCatalog()),
        seqs: store.siteSeqs(),
        log: store.eventsSince(site, 0, 100),
      };
      expect(() =>
        hall.run(
          { type: 'issueTicket', ticketId: 'lost', itemId: item('yibao'), priority: 'normal' },
          () => {
            store.saveNotice(site, 'half-written', 1);
            store.saveIdempotentReply(
              'device:k',
              'key',
              { status: 201, body: {}, requestHash: 'h' },
              1,
            );
            throw new Error('crash inside the transaction');
          },
        ),
      ).toThrow('crash inside');
      expect(store.ticket('lost')).toBeUndefined();
      expect(store.loadState(store.loadCatalog())).toEqual(before.state);
      expect(store.siteSeqs()).toEqual(before.seqs);
      expect(store.eventsSince(site, 0, 100)).toEqual(before.log);
      expect(store.notices()).toEqual({});
      expect(store.idempotentReply('device:k', 'key')).toBeUndefined();
    });

    it('recent calls are the newest first, and start afresh after a day close', () => {
      const store = make();
      const hall = hallOn(store);
      hall.run({ type: 'signIn', windowId: 'w5', staffId: 'staff-w05' });
      for (const id of ['a', 'b'])
        hall.run({ type: 'issueTicket', ticketId: id, itemId: item('yibao'), priority: 'normal' });
      hall.run({ type: 'callNext', windowId: 'w5' });
      hall.run({ type: 'recall', windowId: 'w5', ticketId: 'a' });
      hall.run({ type: 'finish', windowId: 'w5', ticketId: 'a' });
      hall.run({ type: 'callNext', windowId: 'w5' });
      expect(
        store
          .recentCalls(site, 2)
          .map((e) => [e.event.type, 'ticket' in e.event ? e.event.ticket.number : '']),
      ).toEqual([
        ['ticket.called', 'A002'],
        ['ticket.recalled', 'A001'],
      ]);
      hall.run({ type: 'closeDay', siteId: site });
      expect(store.recentCalls(site, 12)).toEqual([]);
    });

    it('stores notices and idempotent replies, and prunes old replies', () => {
      const store = make();
      store.transaction(() => {
        store.saveNotice(site, '午休 12:00–13:30', 10);
        store.saveIdempotentReply(
          'device:k',
          'old',
          { status: 201, body: { ticketId: 't1' }, requestHash: 'h1' },
          100,
        );
        store.saveIdempotentReply(
          'device:k',
          'new',
          { status: 200, body: { ok: true }, requestHash: 'h2' },
          300,
        );
      });
      expect(store.notices()).toEqual({ [site]: '午休 12:00–13:30' });
      expect(store.idempotentReply('device:k', 'old')).toEqual({
        status: 201,
        body: { ticketId: 't1' },
        requestHash: 'h1',
      });
      expect(() =>
        store.transaction(() =>
          store.saveIdempotentReply(
            'device:k',
            'old',
            { status: 201, body: {}, requestHash: 'x' },
            1,
          ),
        ),
      ).toThrow();
      store.transaction(() => store.pruneIdempotentReplies(200));
      expect(store.idempotentReply('device:k', 'old')).toBeUndefined();
      expect(store.idempotentReply('device:k', 'new')).toBeDefined();
    });
  });
}
