/**
 * 电子监察: the alerts of the supervision rules (core S1–S9) as the API and
 * the supervisors' socket room carry them, and the site's thresholds as the
 * site settings take them.
 */
import { Type, type Static } from 'typebox';

const Minutes = (maximum: number) => Type.Integer({ minimum: 0, maximum });
const PerDay = Type.Integer({ minimum: 0, maximum: 999 });

/** PATCH /sites/:id `supervision`: each threshold given replaces the site's (0: rule off). */
export const SupervisionSettingsBody = Type.Object(
  {
    waitLimitMinutes: Type.Optional(Minutes(600)),
    /** 0 (off) or from 1: a service is long from its expected minutes × this. */
    serviceOverrunFactor: Type.Optional(Type.Number({ minimum: 0, maximum: 10 })),
    idleMinutes: Type.Optional(Minutes(240)),
    pauseLimitMinutes: Type.Optional(Minutes(480)),
    signedOutMinutes: Type.Optional(Minutes(480)),
    backlogWaiting: Type.Optional(PerDay),
    backlogWaitMinutes: Type.Optional(Minutes(600)),
    deviceUnseenMinutes: Type.Optional(Minutes(240)),
    deviceFaultRedMinutes: Type.Optional(Minutes(240)),
    outOfOrderPerDay: Type.Optional(PerDay),
    transfersPerDay: Type.Optional(PerDay),
    /** S7: 选号 calls of priority tickets beyond the priority ratio, per clerk and day. */
    priorityBeyondRatioPerDay: Type.Optional(PerDay),
    escalateAfterMinutes: Type.Optional(Minutes(480)),
    /** S12: a window's share of unrated tickets in the day, % (0: off)… */
    unratedSharePercent: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    /** …once it finished this many. */
    unratedMinFinished: Type.Optional(PerDay),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type SupervisionSettingsBody = Static<typeof SupervisionSettingsBody>;

export const AlertRuleName = Type.Union([
  Type.Literal('long-wait'),
  Type.Literal('service-overrun'),
  Type.Literal('window-idle'),
  Type.Literal('window-absent'),
  Type.Literal('hall-backup'),
  Type.Literal('device-fault'),
  Type.Literal('fairness'),
  Type.Literal('proxy-overdue'),
  Type.Literal('rating'),
  Type.Literal('rectification-overdue'),
]);
export const AlertLevel = Type.Union([Type.Literal('yellow'), Type.Literal('red')]);

/** One alert as the alerts table keeps it. */
export const AlertView = Type.Object({
  id: Type.String(),
  rule: AlertRuleName,
  level: AlertLevel,
  siteId: Type.String(),
  windowId: Type.Optional(Type.String()),
  ticketId: Type.Optional(Type.String()),
  unitId: Type.Optional(Type.String()),
  staffId: Type.Optional(Type.String()),
  deviceId: Type.Optional(Type.String()),
  /** What the rule measured (minutes, counts, `suggestedWindowIds` of a backing-up unit…). */
  detail: Type.Record(Type.String(), Type.Unknown()),
  openedAt: Type.Integer(),
  /** When it turned red (its opening, when it opened red). */
  redAt: Type.Optional(Type.Integer()),
  /** When, red and unacknowledged, it went to the admin. */
  escalatedAt: Type.Optional(Type.Integer()),
  acknowledgedAt: Type.Optional(Type.Integer()),
  /** The staff member who acknowledged it. */
  acknowledgedBy: Type.Optional(Type.Object({ id: Type.String(), name: Type.String() })),
  note: Type.Optional(Type.String()),
  closedAt: Type.Optional(Type.Integer()),
  /** Why it closed: visitor-called, window-resumed, condition-cleared… */
  closeReason: Type.Optional(Type.String()),
});
export type AlertView = Static<typeof AlertView>;

const EpochMs = Type.String({ pattern: '^[0-9]{1,15}$' });

export const AlertsQuery = Type.Object(
  {
    siteId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    /** open (default): the open ones; all: every alert opened in from–to. */
    status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('all')])),
    from: Type.Optional(EpochMs),
    to: Type.Optional(EpochMs),
    /** Only this rule's, this level's, this clerk's or this unit's (a score's grouped deduction). */
    rule: Type.Optional(AlertRuleName),
    level: Type.Optional(AlertLevel),
    staffId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    unitId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    /** The page after the one whose answer gave this `next` (same filter, newest first). */
    after: Type.Optional(Type.String({ pattern: '^[0-9]{1,15}_[A-Za-z0-9-]{1,64}$' })),
    /** At most this many, 1–1000 (the default). */
    limit: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,2}$|^1000$' })),
  },
  { additionalProperties: false },
);
export type AlertsQuery = Static<typeof AlertsQuery>;

export const AlertsReply = Type.Object({
  alerts: Type.Array(AlertView),
  /** Present when more alerts follow: ask again with `after` set to it. */
  next: Type.Optional(Type.String()),
});
export type AlertsReply = Static<typeof AlertsReply>;

/** POST /alerts/:id/ack: what was done about it (required, trimmed). */
export const AckBody = Type.Object(
  { note: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);
export type AckBody = Static<typeof AckBody>;

export const AlertReply = Type.Object({ alert: AlertView });
export type AlertReply = Static<typeof AlertReply>;

/** The thresholds in force for a site (GET /catalog), every one given. */
export const SupervisionSettingsView = Type.Object({
  waitLimitMinutes: Type.Number(),
  serviceOverrunFactor: Type.Number(),
  idleMinutes: Type.Number(),
  pauseLimitMinutes: Type.Number(),
  signedOutMinutes: Type.Number(),
  backlogWaiting: Type.Number(),
  backlogWaitMinutes: Type.Number(),
  deviceUnseenMinutes: Type.Number(),
  deviceFaultRedMinutes: Type.Number(),
  outOfOrderPerDay: Type.Number(),
  transfersPerDay: Type.Number(),
  priorityBeyondRatioPerDay: Type.Number(),
  escalateAfterMinutes: Type.Number(),
  unratedSharePercent: Type.Number(),
  unratedMinFinished: Type.Number(),
});
export type SupervisionSettingsView = Static<typeof SupervisionSettingsView>;

/** GET /supervision: what the supervisor's hall map adds to the hall view. */
export const SupervisionReply = Type.Object({
  siteId: Type.String(),
  /** When the answer was given (server time, epoch ms). */
  at: Type.Integer(),
  settings: SupervisionSettingsView,
  /** Every unit of the site: people waiting, the longest wait, its mark (core S10). */
  units: Type.Array(
    Type.Object({
      unitId: Type.String(),
      waiting: Type.Integer(),
      longestWaitMs: Type.Integer(),
      level: Type.Optional(AlertLevel),
    }),
  ),
  /** Every window of the site: since when in its status, and its last ticket action. */
  windows: Type.Array(
    Type.Object({
      id: Type.String(),
      status: Type.Union([Type.Literal('signedOut'), Type.Literal('open'), Type.Literal('paused')]),
      statusSince: Type.Optional(Type.Integer()),
      lastActiveAt: Type.Optional(Type.Integer()),
    }),
  ),
});
export type SupervisionReply = Static<typeof SupervisionReply>;

export const SupervisionQuery = Type.Object(
  { siteId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })) },
  { additionalProperties: false },
);
export type SupervisionQuery = Static<typeof SupervisionQuery>;
