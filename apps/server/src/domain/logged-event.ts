/**
 * What the event log holds: the core's domain events and the server's own
 * events that are not queue facts (the scrolling notice). Each is stored
 * once, as itself; the wire form is built from it when it is sent or
 * replayed (wire.ts), so a replay is never stale and a protocol change never
 * strands the log. The versioning rule is in ../store/README.md.
 */
import type { HallEvent } from '@hallq/core';

export interface NoticeUpdated {
  type: 'notice.updated';
  siteId: string;
  at: number;
  notice: string;
}

export type LoggedEvent = HallEvent | NoticeUpdated;

/** An event with its place in its site's log. */
export interface Sequenced {
  seq: number;
  event: LoggedEvent;
}
