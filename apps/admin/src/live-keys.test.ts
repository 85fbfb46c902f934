/** Which reads a hall event makes old: the console never polls, so a missed key is a stale screen. */
import { describe, expect, it } from 'vitest';
import type { WireEvent } from '@hallq/protocol';
import { KEYS, keysForEvent } from './live-keys';

const ev = (name: string) => ({ name, payload: {} }) as unknown as WireEvent;

describe('keysForEvent', () => {
  it('an admin change rereads its list and the audit log', () => {
    expect(keysForEvent(ev('catalog.changed'))).toEqual([KEYS.catalog, KEYS.sites, KEYS.audit]);
    expect(keysForEvent(ev('staff.changed'))).toEqual([KEYS.staff, KEYS.audit]);
    expect(keysForEvent(ev('device.changed'))).toEqual([KEYS.devices, KEYS.audit]);
    expect(keysForEvent(ev('notice.updated'))).toEqual([KEYS.notice, KEYS.audit]);
  });

  it('a 差评 case moving rereads the cases; the calendar changing, the calendar', () => {
    expect(keysForEvent(ev('case.opened'))).toEqual([KEYS.cases, KEYS.audit]);
    expect(keysForEvent(ev('case.stepped'))).toEqual([KEYS.cases, KEYS.audit]);
    expect(keysForEvent(ev('calendar.changed'))).toEqual([KEYS.calendar, KEYS.audit]);
  });

  it("a ticket issued rereads the catalogue (today's remaining quota); a call changes nothing here", () => {
    expect(keysForEvent(ev('ticket.issued'))).toEqual([KEYS.catalog]);
    expect(keysForEvent(ev('ticket.called'))).toEqual([]);
  });
});
