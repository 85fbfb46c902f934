/**
 * Reports (GET /reports): a site's figures over business days, grouped by
 * day, local hour, weekday × hour, unit, window, clerk or item, read from
 * the per-day figures the events keep (never from the tickets), with the
 * 好差评 figures of the tickets finished in each group.
 */
import { Type, type Static } from 'typebox';
import { Id } from './common';

const Day = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'a business day, YYYY-MM-DD',
});

export const ReportBy = Type.Union([
  Type.Literal('day'),
  Type.Literal('hour'),
  Type.Literal('weekdayHour'),
  Type.Literal('unit'),
  Type.Literal('window'),
  Type.Literal('clerk'),
  Type.Literal('item'),
  /** One row per site (with includeChildren: the site and each hall below it). */
  Type.Literal('site'),
]);
export type ReportBy = Static<typeof ReportBy>;

export const ReportQuery = Type.Object(
  {
    siteId: Type.Optional(Id),
    /** First business day (default: 29 days before `to`). */
    from: Type.Optional(Day),
    /** Last business day, included (default: the site's today). */
    to: Type.Optional(Day),
    by: Type.Optional(ReportBy),
    /** With by=day, one clerk's (window's, unit's, item's) days instead of the site's. */
    staffId: Type.Optional(Id),
    windowId: Type.Optional(Id),
    unitId: Type.Optional(Id),
    itemId: Type.Optional(Id),
    /**
     * 三级联动: the site's figures with those of every hall below it merged
     * (the district's supervisors and admins only).
     */
    includeChildren: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')])),
    /** json (default), or the same rows as a file with Chinese headers. */
    format: Type.Optional(
      Type.Union([Type.Literal('json'), Type.Literal('csv'), Type.Literal('xlsx')]),
    ),
  },
  { additionalProperties: false },
);
export type ReportQuery = Static<typeof ReportQuery>;

const Count = Type.Integer({ minimum: 0 });
const Ms = Type.Integer({ minimum: 0 });
const Share = Type.Union([Type.Number({ minimum: 0 }), Type.Null()]);

export const ReportRow = Type.Object({
  /** The group: a day, an hour (`09`), a weekday and hour (`1-09`, ISO weekday) or an id. */
  key: Type.String(),
  label: Type.String(),
  issued: Count,
  served: Count,
  noShow: Count,
  transferredOut: Count,
  cancelled: Count,
  /** Issue → call, over the calls counted (0 when none). */
  avgWaitMs: Ms,
  /** The upper edge of the one-minute bucket holding the 90th percentile. */
  p90WaitMs: Ms,
  maxWaitMs: Ms,
  avgServiceMs: Ms,
  p90ServiceMs: Ms,
  /** 选号 calls, out of the call order. */
  outOfOrderCalls: Count,
  /** Alerts (电子监察) that stayed yellow, and those that turned red. */
  alertsYellow: Count,
  alertsRed: Count,
  /**
   * 好差评 (core R11) of the tickets finished in the group: ratings the
   * visitors gave (not defaulted, not void), 参评率 (rated ÷ served),
   * 满意率 and 差评率 (÷ the ratings counted, defaulted included), 差评
   * cases opened (not voided) and closed with their 整改 on time, 差评整改率.
   * A share is 0–1, null when there is nothing to divide by.
   */
  rated: Count,
  ratedShare: Share,
  satisfiedShare: Share,
  badCount: Count,
  badShare: Share,
  casesOpened: Count,
  casesClosedOnTime: Count,
  rectifiedOnTimeShare: Share,
});
export type ReportRow = Static<typeof ReportRow>;

export const ReportReply = Type.Object({
  siteId: Type.String(),
  from: Type.String(),
  to: Type.String(),
  by: ReportBy,
  /** The sites whose figures are in the report (more than one with includeChildren). */
  siteIds: Type.Optional(Type.Array(Type.String())),
  rows: Type.Array(ReportRow),
  /** The whole site over the days (for by=clerk or window too: every ticket). */
  totals: ReportRow,
});
export type ReportReply = Static<typeof ReportReply>;
