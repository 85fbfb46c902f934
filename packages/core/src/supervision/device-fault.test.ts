import { describe, expect, it } from 'vitest';
import { local, MON_0900 } from '../test-support/fixture';
import { fresh } from '../test-support/run';
import { input, MIN } from '../test-support/supervision';
import type { DeviceHealth } from './types';
import { deviceFault } from './device-fault';

const kiosk: DeviceHealth = { id: 'k1', siteId: 'hall', kind: 'kiosk', lastSeenAt: MON_0900 };
const display: DeviceHealth = { id: 'd1', siteId: 'hall', kind: 'display', lastSeenAt: MON_0900 };
const caller: DeviceHealth = { id: 'c1', siteId: 'hall', kind: 'caller', lastSeenAt: MON_0900 };

describe('S6 device fails', () => {
  it('S6 a kiosk or screen unseen: yellow at the unseen minutes, red at twice; callers are not judged', () => {
    const at = (m: number) =>
      deviceFault.evaluate(
        input(fresh(), { now: MON_0900 + m * MIN, devices: [kiosk, display, caller] }),
      );
    expect(at(2 - 0.001)).toEqual([]);
    expect(at(2).map((c) => [c.deviceId, c.level, c.key])).toEqual([
      ['k1', 'yellow', `device-fault:k1:unseen:${MON_0900}`],
      ['d1', 'yellow', `device-fault:d1:unseen:${MON_0900}`],
    ]);
    expect(at(4 - 0.001)[0]?.level).toBe('yellow');
    expect(at(4)[0]?.level).toBe('red');
  });

  it('S6 a printer fault: yellow at once, red after the fault minutes', () => {
    const faulty: DeviceHealth = {
      ...kiosk,
      lastSeenAt: MON_0900 + 60 * MIN,
      printerFault: { status: 'paperOut', since: MON_0900 + 50 * MIN },
    };
    const at = (m: number) =>
      deviceFault.evaluate(input(fresh(), { now: MON_0900 + m * MIN, devices: [faulty] }));
    expect(at(50)).toEqual([
      expect.objectContaining({
        key: `device-fault:k1:printer:${MON_0900 + 50 * MIN}`,
        level: 'yellow',
        detail: { fault: 'paperOut', minutes: 0 },
      }),
    ]);
    expect(at(60 - 0.001)[0]?.level).toBe('yellow');
    expect(at(60)[0]?.level).toBe('red');
  });

  it('S6 never-seen devices, other sites and closed hours are not judged', () => {
    const never: DeviceHealth = { id: 'k2', siteId: 'hall', kind: 'kiosk' };
    const other: DeviceHealth = { ...kiosk, id: 'k3', siteId: 'town' };
    const now = MON_0900 + 30 * MIN;
    expect(deviceFault.evaluate(input(fresh(), { now, devices: [never, other] }))).toEqual([]);
    const townKiosk: DeviceHealth = { ...kiosk, siteId: 'town', lastSeenAt: local(1, '11:00') };
    const lunch = input(fresh(), { siteId: 'town', now: local(1, '12:30'), devices: [townKiosk] });
    expect(deviceFault.evaluate(lunch)).toEqual([]);
    expect(
      deviceFault.closedBecause({ rule: 'device-fault', siteId: 'town', detail: {} }, lunch),
    ).toBe('hall-closed');
  });
});
