/**
 * S6 A device fails, while the hall is open (core Q4): a kiosk's printer
 * out of paper, with its cover open or offline is yellow from the fault on
 * and red after the site's fault minutes; a kiosk or hall screen (display)
 * not heard from for the site's unseen minutes is yellow, twice that red.
 * A device never seen (not installed yet) is not judged.
 */
import { isOpenNow, levelAt, minutesSince, siteOf, timeAt } from './measure';
import type { Condition, SupervisionRule } from './types';

export const deviceFault: SupervisionRule = {
  rule: 'device-fault',
  evaluate({ state, siteId, now, settings, devices }) {
    const site = siteOf(state, siteId);
    if (!site || !isOpenNow(site, timeAt(site, now))) return [];
    const out: Condition[] = [];
    for (const d of devices) {
      if (d.siteId !== siteId) continue;
      const fault = d.printerFault;
      if (d.kind === 'kiosk' && fault) {
        const minutes = minutesSince(now, fault.since);
        const red = settings.deviceFaultRedMinutes;
        out.push({
          key: `device-fault:${d.id}:printer:${fault.since}`,
          rule: 'device-fault',
          level: red > 0 && minutes >= red ? 'red' : 'yellow',
          siteId,
          deviceId: d.id,
          detail: { fault: fault.status, minutes: Math.floor(Math.max(0, minutes)) },
        });
      }
      if ((d.kind === 'kiosk' || d.kind === 'display') && d.lastSeenAt !== undefined) {
        const minutes = minutesSince(now, d.lastSeenAt);
        const level = levelAt(minutes, settings.deviceUnseenMinutes);
        if (!level) continue;
        out.push({
          key: `device-fault:${d.id}:unseen:${d.lastSeenAt}`,
          rule: 'device-fault',
          level,
          siteId,
          deviceId: d.id,
          detail: {
            fault: 'unseen',
            minutes: Math.floor(minutes),
            limitMinutes: settings.deviceUnseenMinutes,
          },
        });
      }
    }
    return out;
  },
  closedBecause(_alert, { state, siteId, now }) {
    const site = siteOf(state, siteId);
    return site && !isOpenNow(site, timeAt(site, now)) ? 'hall-closed' : 'device-recovered';
  },
};
