/**
 * What the audit log records of 好差评: each rating (without an actor: the
 * visitor is not named), each ticket closed unrated, each case opened, and
 * each step of a case with the supervisor who recorded it.
 */
import type { RatingEvent } from './rating-events';

export function ratingAudit(event: RatingEvent): {
  action: string;
  target: string;
  after: unknown;
} {
  switch (event.type) {
    case 'rating.submitted': {
      const { id, channel, level, tags, defaulted, deviceId } = event.rating;
      return {
        action: event.type,
        target: `ticket:${event.rating.ticketId}`,
        after: { ratingId: id, channel, level, tags, defaulted, ...(deviceId ? { deviceId } : {}) },
      };
    }
    case 'rating.unrated':
      return { action: event.type, target: `ticket:${event.unrated.ticketId}`, after: {} };
    case 'case.opened':
      return { action: event.type, target: `case:${event.case.id}`, after: event.case };
    case 'case.visitorRated':
      return { action: event.type, target: `case:${event.caseId}`, after: { level: event.level } };
    case 'calendar.changed':
      return {
        action: event.type,
        target: `calendar:${event.year}`,
        after: { holidays: event.holidays, workdays: event.workdays, source: event.source },
      };
    case 'case.stepped':
      return {
        action: `case.${event.kind}`,
        target: `case:${event.caseId}`,
        after: {
          note: event.note,
          status: event.status,
          late: event.late,
          ...(event.outcome ? { outcome: event.outcome } : {}),
        },
      };
  }
}
