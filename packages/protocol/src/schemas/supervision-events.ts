/**
 * The hall events of supervision: 电子监察 alerts, 好差评 ratings and the
 * rectification cases a 差评 opens. Part of `HallEventSchemas`
 * (hall-events.ts); the alert events go out on the supervision stream only.
 */
import { Type } from 'typebox';
import { event, Str } from './hall-event-base';
import { AlertRef } from './hall-event-refs';

export const SupervisionEventSchemas = {
  'alert.opened': event(
    { alert: AlertRef },
    '电子监察: an alert opened (supervision stream only).',
  ),
  'alert.escalated': event(
    { alertId: Str, to: Type.Union([Type.Literal('red'), Type.Literal('admin')]) },
    'An alert turned red, or went to the admin unacknowledged.',
  ),
  'alert.acknowledged': event(
    { alertId: Str, by: Type.Object({ id: Str, name: Str }) },
    'A supervisor acknowledged an alert (the note is read from GET /alerts).',
  ),
  'alert.closed': event({ alertId: Str, reason: Str }, 'An alert closed, with why.'),
  'rating.submitted': event(
    {
      ratingId: Str,
      ticketId: Str,
      windowId: Str,
      channel: Type.Union([Type.Literal('pad'), Type.Literal('phone')]),
      defaulted: Type.Boolean(),
    },
    '好差评: a ticket was rated (the level is for supervisors, GET /ratings).',
  ),
  'rating.unrated': event(
    {
      ticketId: Str,
      windowId: Str,
      reason: Type.Union([Type.Literal('pad'), Type.Literal('closed')]),
    },
    'pad: the pad timed out (the phone may still rate); closed: every way to rate is over.',
  ),
  'case.opened': event(
    { caseId: Str, ticketId: Str, windowId: Str },
    "A 差评's rectification case opened.",
  ),
  'case.stepped': event({ caseId: Str, kind: Str, status: Str }, 'A step of a rectification case.'),
  'case.visitorRated': event({ caseId: Str }, 'The visitor rated the rectification of their 差评.'),
} as const;
