/**
 * The log's streams. Each site's hall events (tickets, windows, notices,
 * admin changes) form one stream, numbered by the site's `seq`, that every
 * screen of the site mirrors. A site's supervision events (alert.*) form a
 * stream of their own, `<siteId>#supervision`, with its own seq: they are
 * logged like any event but never sent to the site's screens. A kiosk or a
 * hall screen has no business with alerts and their notes, and a backlog of
 * alerts would otherwise be multiplied by every screen of the hall.
 * Supervisors get them as the alert stands, in their own room
 * (supervision/plugin.ts).
 */
const SUPERVISION = '#supervision';
/**
 * 全程代办: a site's proxy tickets (proxy.*) form `<siteId>#proxy` the same
 * way: never a screen's business (a proxy ticket is never called, core Q28);
 * its staff and the agent get each ticket as it stands (proxy/plugin.ts).
 */
const PROXY = '#proxy';

export function streamOf(event: { type: string; siteId: string }): string {
  if (event.type.startsWith('alert.')) return `${event.siteId}${SUPERVISION}`;
  if (event.type.startsWith('proxy.')) return `${event.siteId}${PROXY}`;
  return event.siteId;
}

/** True for a site's own stream (the one its screens mirror). */
export function isSiteStream(stream: string): boolean {
  return !stream.endsWith(SUPERVISION) && !stream.endsWith(PROXY);
}
