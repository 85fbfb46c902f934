/** The hall map's tiles: what a supervisor reads on each window. */
import { describe, expect, it } from 'vitest';
import type { AlertView, HallSnapshot, SupervisionReply } from '@hallq/protocol';
import { hallMap } from './hall-map';

const MIN = 60_000;
const NOW = Date.parse('2025-06-02T10:30:00+08:00');

const catalog = {
  units: [
    { id: 'yibao', name: '区医疗保险管理局', shortName: '医保局' },
    { id: 'shebao', name: '区社会保险事业管理局', shortName: '社保局' },
  ],
  windows: [
    { id: 'w9', number: 9, name: '9号窗口', zone: 'B区', todayUnitIds: ['shebao'] },
    { id: 'w5', number: 5, name: '5号窗口', zone: 'A区', todayUnitIds: ['yibao'] },
    { id: 'w6', number: 6, name: '6号窗口', zone: 'A区', todayUnitIds: ['yibao'] },
    { id: 'w7', number: 7, name: '7号窗口', zone: 'A区', todayUnitIds: ['yibao', 'shebao'] },
  ],
} as never;

const staff = { id: 's5', name: '王芳', staffNo: '005' };
const snapshot: Pick<HallSnapshot, 'windows'> = {
  windows: [
    {
      id: 'w5',
      number: 5,
      name: '5号窗口',
      status: 'open',
      staff,
      todayUnitIds: ['yibao'],
      current: {
        id: 't1',
        number: 'A003',
        unitId: 'yibao',
        itemId: 'YB001',
        priority: 'normal',
        issuedAt: NOW - 40 * MIN,
        transferCount: 0,
        status: 'serving',
        calledAt: NOW - 12 * MIN,
        startedAt: NOW - 11 * MIN,
        recallCount: 0,
      },
    },
    {
      id: 'w6',
      number: 6,
      name: '6号窗口',
      status: 'paused',
      pauseReason: '午休',
      pauseUntil: '14:00',
      staff: { id: 's6', name: '李强', staffNo: '006' },
      todayUnitIds: ['yibao'],
    },
    {
      id: 'w7',
      number: 7,
      name: '7号窗口',
      status: 'open',
      staff: { id: 's7', name: '赵敏', staffNo: '007' },
      todayUnitIds: ['yibao', 'shebao'],
    },
    { id: 'w9', number: 9, name: '9号窗口', status: 'signedOut', todayUnitIds: ['shebao'] },
  ],
};
const figures: Pick<SupervisionReply, 'windows'> = {
  windows: [
    { id: 'w5', status: 'open', statusSince: NOW - 90 * MIN, lastActiveAt: NOW - 12 * MIN },
    { id: 'w6', status: 'paused', statusSince: NOW - 35 * MIN },
    { id: 'w7', status: 'open', statusSince: NOW - 60 * MIN, lastActiveAt: NOW - 8 * MIN },
    { id: 'w9', status: 'signedOut' },
  ],
};
const alert = (windowId: string, level: 'yellow' | 'red', closedAt?: number): AlertView => ({
  id: `a-${windowId}-${level}`,
  rule: 'window-idle',
  level,
  siteId: 'district',
  windowId,
  detail: {},
  openedAt: NOW - MIN,
  ...(closedAt ? { closedAt } : {}),
});

describe('hall map', () => {
  it('lays the windows out by zone, in number order', () => {
    const zones = hallMap(catalog, snapshot, figures, [], NOW);
    expect(zones.map((z) => [z.zone, z.windows.map((w) => w.number)])).toEqual([
      ['A区', [5, 6, 7]],
      ['B区', [9]],
    ]);
  });

  it('shows each window’s state, clerk, ticket and how long', () => {
    const [a, b] = hallMap(catalog, snapshot, figures, [], NOW);
    const [w5, w6, w7] = a!.windows;
    expect(w5).toMatchObject({
      state: 'serving',
      clerk: '王芳',
      ticket: 'A003',
      serviceMs: 11 * MIN,
      units: ['医保局'],
    });
    expect(w6).toMatchObject({
      state: 'paused',
      pauseReason: '午休',
      pauseUntil: '14:00',
      pausedMs: 35 * MIN,
    });
    expect(w7).toMatchObject({ state: 'idle', idleMs: 8 * MIN, units: ['医保局', '社保局'] });
    expect(b!.windows[0]).toMatchObject({ state: 'signedOut' });
    expect(b!.windows[0]!.clerk).toBeUndefined();
  });

  it('a called ticket counts from its call; a window idle since it opened counts from then', () => {
    const called = structuredClone(snapshot);
    called.windows[0]!.current = { ...called.windows[0]!.current!, status: 'called' };
    delete called.windows[0]!.current!.startedAt;
    const fresh = structuredClone(figures);
    delete fresh.windows[2]!.lastActiveAt;
    const [a] = hallMap(catalog, called, fresh, [], NOW);
    expect(a!.windows[0]).toMatchObject({ state: 'called', serviceMs: 12 * MIN });
    expect(a!.windows[2]).toMatchObject({ state: 'idle', idleMs: 60 * MIN });
  });

  it('no time from figures read before the window changed status', () => {
    const resumed = structuredClone(snapshot);
    resumed.windows[1]!.status = 'open';
    const [a] = hallMap(catalog, resumed, figures, [], NOW);
    expect(a!.windows[1]).toMatchObject({ state: 'idle' });
    expect(a!.windows[1]!.idleMs).toBeUndefined();
    expect(a!.windows[1]!.pausedMs).toBeUndefined();
  });

  it('a window carries the highest level of its open alerts', () => {
    const alerts = [alert('w7', 'yellow'), alert('w5', 'red', NOW), alert('w7', 'red')];
    const [a] = hallMap(catalog, snapshot, figures, alerts, NOW);
    expect(a!.windows.map((w) => w.alert)).toEqual([undefined, undefined, 'red']);
  });

  it('before the feed has a snapshot every window reads signed out', () => {
    const zones = hallMap(catalog, undefined, undefined, [], NOW);
    expect(zones.flatMap((z) => z.windows.map((w) => w.state))).toEqual([
      'signedOut',
      'signedOut',
      'signedOut',
      'signedOut',
    ]);
  });
});
