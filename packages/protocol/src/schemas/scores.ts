/**
 * 绩效考评 (core P1–P7): the scoring scheme as the site settings take it
 * (PATCH /sites/:id `scoring`), and GET /scores, a period's scores per
 * clerk or per unit with the deductions behind each.
 */
import { Type, type Static } from 'typebox';
import { AlertLevel } from './alerts';

const Points = Type.Number({ minimum: 0, maximum: 100 });
const LevelPoints = Type.Object({ yellow: Points, red: Points }, { additionalProperties: false });
const Score = Type.Number({ minimum: 0, maximum: 1000 });

/** PATCH /sites/:id `scoring`: each part given replaces the site's (alert points rule by rule). */
export const ScoringSchemeBody = Type.Object(
  {
    baseScore: Type.Optional(Type.Number({ minimum: 1, maximum: 1000 })),
    alertPoints: Type.Optional(
      Type.Object(
        {
          'long-wait': Type.Optional(LevelPoints),
          'service-overrun': Type.Optional(LevelPoints),
          'window-idle': Type.Optional(LevelPoints),
          'window-absent': Type.Optional(LevelPoints),
          'hall-backup': Type.Optional(LevelPoints),
          'device-fault': Type.Optional(LevelPoints),
          fairness: Type.Optional(LevelPoints),
          'proxy-overdue': Type.Optional(LevelPoints),
          rating: Type.Optional(LevelPoints),
          'rectification-overdue': Type.Optional(LevelPoints),
        },
        { additionalProperties: false, minProperties: 1 },
      ),
    ),
    dissatisfiedPoints: Type.Optional(Points),
    veryDissatisfiedPoints: Type.Optional(Points),
    lateFollowUpPoints: Type.Optional(Points),
    lateRectifyPoints: Type.Optional(Points),
    bonusPoints: Type.Optional(Points),
    bonusSatisfactionRate: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
    bonusMinRatings: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
    grades: Type.Optional(
      Type.Object(
        { excellent: Type.Optional(Score), good: Type.Optional(Score), pass: Type.Optional(Score) },
        { additionalProperties: false, minProperties: 1 },
      ),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type ScoringSchemeBody = Static<typeof ScoringSchemeBody>;

/** The scheme in force for a site (GET /catalog): the site's over the defaults, every part given. */
export const ScoringSchemeView = Type.Object({
  baseScore: Type.Number(),
  alertPoints: Type.Record(
    Type.String(),
    Type.Object({ yellow: Type.Number(), red: Type.Number() }),
  ),
  dissatisfiedPoints: Type.Number(),
  veryDissatisfiedPoints: Type.Number(),
  lateFollowUpPoints: Type.Number(),
  lateRectifyPoints: Type.Number(),
  bonusPoints: Type.Number(),
  bonusSatisfactionRate: Type.Number(),
  bonusMinRatings: Type.Number(),
  grades: Type.Object({ excellent: Type.Number(), good: Type.Number(), pass: Type.Number() }),
});
export type ScoringSchemeView = Static<typeof ScoringSchemeView>;

export const ScoresQuery = Type.Object(
  {
    siteId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    /** A month (2026-11) or a quarter (2026-Q4) of the site's calendar. */
    period: Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4])$' }),
    by: Type.Optional(Type.Union([Type.Literal('clerk'), Type.Literal('unit')])),
    format: Type.Optional(
      Type.Union([Type.Literal('json'), Type.Literal('csv'), Type.Literal('xlsx')]),
    ),
  },
  { additionalProperties: false },
);
export type ScoresQuery = Static<typeof ScoresQuery>;

export const GradeName = Type.Union([
  Type.Literal('excellent'),
  Type.Literal('good'),
  Type.Literal('pass'),
  Type.Literal('fail'),
]);

/**
 * Points taken off (negative) or added (the 满意率 bonus), and what they
 * come from: one alert, rating or case, or `n` alike alerts (one rule and
 * level) opened from `at` to `lastAt` (core P3).
 */
export const ScoreDeduction = Type.Object({
  rule: Type.String(),
  /** An alert's level, or a 差评's (1 or 2). */
  level: Type.Optional(Type.Union([AlertLevel, Type.Integer()])),
  points: Type.Number(),
  at: Type.Integer(),
  n: Type.Optional(Type.Integer({ minimum: 2 })),
  lastAt: Type.Optional(Type.Integer()),
  /** The alert behind it, when it stands alone. */
  alertId: Type.Optional(Type.String()),
  ratingId: Type.Optional(Type.String()),
  caseId: Type.Optional(Type.String()),
});
export type ScoreDeduction = Static<typeof ScoreDeduction>;

export const ScoreRowView = Type.Object({
  key: Type.String(),
  label: Type.String(),
  score: Type.Number(),
  grade: GradeName,
  deductions: Type.Array(ScoreDeduction),
});
export type ScoreRowView = Static<typeof ScoreRowView>;

export const ScoresReply = Type.Object({
  siteId: Type.String(),
  period: Type.String(),
  by: Type.Union([Type.Literal('clerk'), Type.Literal('unit')]),
  /** The period in epoch ms, [from, to). */
  from: Type.Integer(),
  to: Type.Integer(),
  /** The scheme in force: base score and cut-offs (what the grades mean). */
  baseScore: Type.Number(),
  grades: Type.Object({ excellent: Type.Number(), good: Type.Number(), pass: Type.Number() }),
  rows: Type.Array(ScoreRowView),
});
export type ScoresReply = Static<typeof ScoresReply>;
