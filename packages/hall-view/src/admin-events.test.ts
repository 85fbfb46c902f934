/**
 * The reducer's admin cases: what a screen shows after an admin changes the
 * catalogue or the staff while it runs, with no reload.
 */
import { describe, expect, it } from 'vitest';
import type { ActorRef, HallEventPayloads, HallSnapshot, WireEvent } from '@hallq/protocol';
import { applyHallEvent } from './apply-hall-event';
import { initialHallView } from './initial-view';

const actor: ActorRef = { kind: 'staff', id: 'staff-admin', name: '管理员' };

function hall(): HallSnapshot {
  const view = initialHallView({
    siteId: 'district',
    businessDay: '2026-11-23',
    at: 1,
    seq: 10,
    unitIds: ['yibao', 'jiaoyu'],
    windows: [
      { id: 'w1', number: 1, name: '医保窗口', todayUnitIds: ['yibao'] },
      { id: 'w24', number: 24, name: '综合窗口', todayUnitIds: ['jiaoyu'] },
    ],
    notice: '',
  });
  return {
    ...view,
    windows: view.windows.map((w) =>
      w.id === 'w1'
        ? { ...w, status: 'open', staff: { id: 'staff-w01', name: '王芳', staffNo: 'DA0001' } }
        : w,
    ),
  };
}

const base = { siteId: 'district', at: 5 };
const catalogChanged = (
  seq: number,
  p: Omit<HallEventPayloads['catalog.changed'], 'seq' | 'siteId' | 'at' | 'actor'>,
): WireEvent => ({ name: 'catalog.changed', payload: { ...base, seq, actor, ...p } });

const windowEntry = (id: string, number: number, name: string, unitIds: string[]) => ({
  id,
  siteId: 'district',
  number,
  name,
  zone: 'A',
  kind: 'comprehensive',
  unitIds,
});

describe('applyHallEvent: admin changes', () => {
  it('a rota change moves the window to its new unit today; its clerk and status stay', () => {
    const next = applyHallEvent(
      hall(),
      catalogChanged(11, {
        kind: 'window',
        id: 'w24',
        before: windowEntry('w24', 24, '综合窗口', ['jiaoyu']),
        after: windowEntry('w24', 24, '综合窗口', ['jiaoyu', 'minzheng']),
        window: { id: 'w24', number: 24, name: '综合窗口', todayUnitIds: ['minzheng'] },
      }),
    );
    expect(next.seq).toBe(11);
    expect(next.windows.find((w) => w.id === 'w24')?.todayUnitIds).toEqual(['minzheng']);
    expect(next.windows.find((w) => w.id === 'w1')).toEqual(hall().windows[0]);
  });

  it('a window renamed and renumbered keeps its clerk and is listed by its new number', () => {
    const next = applyHallEvent(
      hall(),
      catalogChanged(11, {
        kind: 'window',
        id: 'w1',
        after: windowEntry('w1', 30, '医保综合窗口', ['yibao']),
        window: { id: 'w1', number: 30, name: '医保综合窗口', todayUnitIds: ['yibao'] },
      }),
    );
    expect(next.windows.map((w) => [w.id, w.number, w.name])).toEqual([
      ['w24', 24, '综合窗口'],
      ['w1', 30, '医保综合窗口'],
    ]);
    expect(next.windows[1]).toMatchObject({ status: 'open', staff: { name: '王芳' } });
  });

  it('a new window appears signed out, in number order', () => {
    const next = applyHallEvent(
      hall(),
      catalogChanged(11, {
        kind: 'window',
        id: 'w7',
        after: windowEntry('w7', 7, '七号窗口', ['yibao']),
        window: { id: 'w7', number: 7, name: '七号窗口', todayUnitIds: ['yibao'] },
      }),
    );
    expect(next.windows.map((w) => w.id)).toEqual(['w1', 'w7', 'w24']);
    expect(next.windows[1]).toEqual({
      id: 'w7',
      number: 7,
      name: '七号窗口',
      status: 'signedOut',
      todayUnitIds: ['yibao'],
    });
  });

  it('a new unit of the site gets a waiting count of zero; a unit of another site does not', () => {
    const unit = (siteId: string) => ({ id: 'tuijun', siteId, name: '退役军人事务局' });
    const added = applyHallEvent(
      hall(),
      catalogChanged(11, { kind: 'unit', id: 'tuijun', after: unit('district') }),
    );
    expect(added.units.map((u) => u.unitId)).toEqual(['yibao', 'jiaoyu', 'tuijun']);
    expect(added.units[2]).toEqual({ unitId: 'tuijun', waiting: 0, priorityWaiting: 0 });
    const elsewhere = applyHallEvent(
      hall(),
      catalogChanged(11, { kind: 'unit', id: 'tuijun', after: unit('xinjin') }),
    );
    expect(elsewhere.units.map((u) => u.unitId)).toEqual(['yibao', 'jiaoyu']);
    // A unit moved off the site leaves the view.
    const moved = applyHallEvent(
      hall(),
      catalogChanged(11, { kind: 'unit', id: 'jiaoyu', after: { id: 'jiaoyu', siteId: 'x' } }),
    );
    expect(moved.units.map((u) => u.unitId)).toEqual(['yibao']);
  });

  it('items, site settings and devices only move seq and at', () => {
    const before = hall();
    const events: WireEvent[] = [
      catalogChanged(11, {
        kind: 'item',
        id: 'yb-reg',
        after: { id: 'yb-reg', unitId: 'yibao', enabled: false },
      }),
      catalogChanged(12, {
        kind: 'site',
        id: 'district',
        after: { id: 'district', numberWidth: 4 },
      }),
      {
        name: 'device.changed',
        payload: {
          ...base,
          seq: 13,
          actor,
          action: 'created',
          after: { id: 'kiosk-2', kind: 'kiosk', siteId: 'district', name: '二楼', revoked: false },
        },
      },
    ];
    const after = events.reduce(applyHallEvent, before);
    expect(after).toEqual({ ...before, seq: 13, at: 5 });
  });

  it('a clerk renamed shows under the new name at the window they hold', () => {
    const staff = {
      id: 'staff-w01',
      username: 'w01',
      name: '王芳芳',
      staffNo: 'DA0101',
      role: 'clerk' as const,
      siteId: 'district',
      windowIds: ['w1'],
      active: true,
    };
    const next = applyHallEvent(hall(), {
      name: 'staff.changed',
      payload: { ...base, seq: 11, actor, action: 'updated', after: staff },
    });
    expect(next.windows[0]?.staff).toEqual({ id: 'staff-w01', name: '王芳芳', staffNo: 'DA0101' });
    expect(next.windows[1]?.staff).toBeUndefined();
  });
});
