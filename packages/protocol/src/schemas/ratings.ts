/**
 * 好差评: a rating from the window's pad or the phone page, the ratings list
 * for supervisors, and the rectification cases (整改) every 差评 opens, with
 * their steps. Levels: 5 非常满意 … 1 非常不满意 (core R1).
 */
import { Type, type Static } from 'typebox';
import { Id } from './common';

export const RatingLevelValue = Type.Integer({ minimum: 1, maximum: 5 });
const Tags = Type.Array(Type.String({ minLength: 1, maxLength: 32 }), { maxItems: 8 });
const Comment = Type.String({ maxLength: 200 });

/** POST /ratings (the rater of the window that finished the ticket). */
export const RatingBody = Type.Object(
  {
    ticketId: Id,
    level: RatingLevelValue,
    tags: Type.Optional(Tags),
    comment: Type.Optional(Comment),
  },
  { additionalProperties: false },
);
export type RatingBody = Static<typeof RatingBody>;

/** POST /tickets/:id/rating/rectification: the visitor rates what was done about their 差评. */
export const RectificationRatingBody = Type.Object(
  { level: RatingLevelValue },
  { additionalProperties: false },
);
export type RectificationRatingBody = Static<typeof RectificationRatingBody>;

/** POST /tickets/:id/rating (the phone page; the ticket id is the capability). */
export const PhoneRatingBody = Type.Object(
  { level: RatingLevelValue, tags: Type.Optional(Tags), comment: Type.Optional(Comment) },
  { additionalProperties: false },
);
export type PhoneRatingBody = Static<typeof PhoneRatingBody>;

export const RatingChannelName = Type.Union([Type.Literal('pad'), Type.Literal('phone')]);

export const RatingView = Type.Object({
  id: Type.String(),
  ticketId: Type.String(),
  ticketNumber: Type.String(),
  siteId: Type.String(),
  unitId: Type.String(),
  itemId: Type.String(),
  windowId: Type.String(),
  /** The clerk who finished the ticket. */
  staffId: Type.Optional(Type.String()),
  channel: RatingChannelName,
  level: RatingLevelValue,
  tags: Type.Array(Type.String()),
  comment: Type.Optional(Type.String()),
  at: Type.Integer(),
  finishedAt: Type.Integer(),
  /** Given by the default rule (core R6), not by the visitor. */
  defaulted: Type.Boolean(),
  /** Voided by an upheld appeal: kept on record, left out of the figures. */
  void: Type.Boolean(),
  /** The rectification case a 差评 opened. */
  caseId: Type.Optional(Type.String()),
});
export type RatingView = Static<typeof RatingView>;

export const RatingReply = Type.Object({ rating: RatingView });
export type RatingReply = Static<typeof RatingReply>;

const EpochMs = Type.String({ pattern: '^[0-9]{1,15}$' });

export const RatingsQuery = Type.Object(
  {
    siteId: Type.Optional(Id),
    from: Type.Optional(EpochMs),
    to: Type.Optional(EpochMs),
    unitId: Type.Optional(Id),
    windowId: Type.Optional(Id),
    staffId: Type.Optional(Id),
    /** json (default), or a file in the provincial platform's columns. */
    format: Type.Optional(
      Type.Union([Type.Literal('json'), Type.Literal('csv'), Type.Literal('xlsx')]),
    ),
  },
  { additionalProperties: false },
);
export type RatingsQuery = Static<typeof RatingsQuery>;

export const RatingsReply = Type.Object({ ratings: Type.Array(RatingView) });
export type RatingsReply = Static<typeof RatingsReply>;

/** GET /ratings/figures: a period (epoch ms, default the last 30 days) and how to group. */
export const RatingFiguresQuery = Type.Object(
  {
    siteId: Type.Optional(Id),
    from: Type.Optional(EpochMs),
    to: Type.Optional(EpochMs),
    by: Type.Optional(
      Type.Union([
        Type.Literal('site'),
        Type.Literal('unit'),
        Type.Literal('window'),
        Type.Literal('staff'),
        Type.Literal('item'),
      ]),
    ),
  },
  { additionalProperties: false },
);
export type RatingFiguresQuery = Static<typeof RatingFiguresQuery>;

const Rate = Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()]);

/** One group's figures (core R11); rates are 0–1, null with nothing to divide by. */
export const RatingFiguresRow = Type.Object({
  key: Type.String(),
  finished: Type.Integer(),
  rated: Type.Integer(),
  defaulted: Type.Integer(),
  satisfied: Type.Integer(),
  bad: Type.Integer(),
  casesOpened: Type.Integer(),
  casesClosedOnTime: Type.Integer(),
  /** 参评率 */
  ratedRate: Rate,
  /** 满意率 */
  satisfactionRate: Rate,
  /** 差评率 */
  badRate: Rate,
  /** 差评整改率 */
  rectificationRate: Rate,
  /** by=staff: lowParticipation (参评率 far below the hall's), quickRatings (rated within 1 s of 办结, repeatedly). */
  flags: Type.Optional(
    Type.Array(Type.Union([Type.Literal('lowParticipation'), Type.Literal('quickRatings')])),
  ),
});

export const RatingFiguresReply = Type.Object({
  siteId: Type.String(),
  from: Type.Integer(),
  to: Type.Integer(),
  by: Type.String(),
  figures: Type.Array(RatingFiguresRow),
});
export type RatingFiguresReply = Static<typeof RatingFiguresReply>;

/**
 * GET /tickets/:id/rating (open): whether the phone page may rate the
 * ticket now. notFinished: not yet 办结; open: until closesAt; rated: a
 * rating is in; closed: its 7 days are over.
 */
export const RatingOfferReply = Type.Object({
  ticketId: Type.String(),
  status: Type.Union([
    Type.Literal('notFinished'),
    Type.Literal('open'),
    Type.Literal('rated'),
    Type.Literal('closed'),
  ]),
  closesAt: Type.Optional(Type.Integer()),
  badTags: Type.Array(Type.String()),
  /** A 差评's case: whether the visitor may rate its rectification now (core R14). */
  rectification: Type.Optional(
    Type.Object({
      caseId: Type.String(),
      status: Type.Union([
        Type.Literal('notYet'),
        Type.Literal('open'),
        Type.Literal('rated'),
        Type.Literal('closed'),
      ]),
    }),
  ),
});
export type RatingOfferReply = Static<typeof RatingOfferReply>;

/** GET /ratings/pad: what the rater's page needs besides the hall view. */
export const RaterPadReply = Type.Object({
  deviceId: Type.String(),
  siteId: Type.String(),
  windowId: Type.String(),
  badTags: Type.Array(Type.String()),
  padTimeoutSeconds: Type.Integer(),
});
export type RaterPadReply = Static<typeof RaterPadReply>;

export const CaseStatusName = Type.Union([
  Type.Literal('open'),
  Type.Literal('followedUp'),
  Type.Literal('rectified'),
  Type.Literal('appealed'),
  Type.Literal('closed'),
  Type.Literal('voided'),
]);
export const CaseStepKindName = Type.Union([
  Type.Literal('followUp'),
  Type.Literal('rectify'),
  Type.Literal('review'),
  Type.Literal('appeal'),
  Type.Literal('appealDecision'),
]);
export const CaseOutcomeName = Type.Union([
  Type.Literal('pass'),
  Type.Literal('return'),
  Type.Literal('uphold'),
  Type.Literal('void'),
]);

export const CaseStepView = Type.Object({
  kind: CaseStepKindName,
  note: Type.String(),
  outcome: Type.Optional(CaseOutcomeName),
  at: Type.Integer(),
  late: Type.Boolean(),
  by: Type.Object({ id: Type.String(), name: Type.String() }),
});

export const RatingCaseView = Type.Object({
  id: Type.String(),
  ratingId: Type.String(),
  ticketId: Type.String(),
  siteId: Type.String(),
  level: RatingLevelValue,
  tags: Type.Array(Type.String()),
  unitId: Type.String(),
  windowId: Type.String(),
  staffId: Type.Optional(Type.String()),
  status: CaseStatusName,
  openedAt: Type.Integer(),
  followUpDueAt: Type.Integer(),
  rectifyDueAt: Type.Integer(),
  /** The due days (YYYY-MM-DD, the site's local days), as the calendar counted them. */
  followUpDueDay: Type.String(),
  rectifyDueDay: Type.String(),
  /** False when a deadline was counted over a year the official calendar does not hold. */
  calendarConfirmed: Type.Boolean(),
  closedAt: Type.Optional(Type.Integer()),
  /** The steps past their deadline now (core R10): what supervision chases. */
  overdue: Type.Array(Type.Union([Type.Literal('followUp'), Type.Literal('rectify')])),
  /** The visitor's rating of the rectification (core R14), and when. */
  visitorLevel: Type.Optional(RatingLevelValue),
  visitorAt: Type.Optional(Type.Integer()),
  steps: Type.Array(CaseStepView),
});
export type RatingCaseView = Static<typeof RatingCaseView>;

export const RatingCasesQuery = Type.Object(
  { siteId: Type.Optional(Id), status: Type.Optional(CaseStatusName) },
  { additionalProperties: false },
);
export type RatingCasesQuery = Static<typeof RatingCasesQuery>;

export const RatingCasesReply = Type.Object({ cases: Type.Array(RatingCaseView) });
export type RatingCasesReply = Static<typeof RatingCasesReply>;

export const CaseStepBody = Type.Object(
  {
    kind: CaseStepKindName,
    note: Type.String({ maxLength: 500 }),
    outcome: Type.Optional(CaseOutcomeName),
  },
  { additionalProperties: false },
);
export type CaseStepBody = Static<typeof CaseStepBody>;

export const RatingCaseReply = Type.Object({ case: RatingCaseView });
export type RatingCaseReply = Static<typeof RatingCaseReply>;

const Day = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' });

export const CalendarYearParams = Type.Object(
  { year: Type.String({ pattern: '^20[0-9]{2}$' }) },
  { additionalProperties: false },
);

/** PUT /calendar/:year: the year's days off and make-up working days (调休), and where they come from. */
export const CalendarYearBody = Type.Object(
  {
    holidays: Type.Array(Day, { maxItems: 120 }),
    workdays: Type.Array(Day, { maxItems: 30 }),
    source: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);
export type CalendarYearBody = Static<typeof CalendarYearBody>;

/** A year of the official calendar as hallq counts working days (core R9, R13). */
export const CalendarYearReply = Type.Object({
  year: Type.Integer(),
  /** Shipped or entered: false means Monday to Friday is assumed. */
  known: Type.Boolean(),
  /** Entered by an admin (it replaces the shipped year). */
  edited: Type.Boolean(),
  /** The notice the days come from. */
  source: Type.String(),
  holidays: Type.Array(Type.String()),
  workdays: Type.Array(Type.String()),
});
export type CalendarYearReply = Static<typeof CalendarYearReply>;
