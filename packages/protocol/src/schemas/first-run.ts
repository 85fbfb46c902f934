/**
 * 首次设置 (first-run setup) and new sites: a server whose database holds no
 * admin account prints a one-time setup code; `POST /setup` with that code
 * creates the district site and the first admin, and nothing else can. A
 * district admin then adds township and village sites with `POST /sites`.
 */
import { Type, type Static } from 'typebox';
import { AdminStaff, Password, Username } from './admin-staff';

const NewSiteId = Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z][A-Za-z0-9_-]*$' });
const Name = Type.String({ minLength: 1, maxLength: 64 });
/** An IANA zone name; the server checks it is one it knows. */
const TimeZone = Type.String({
  minLength: 1,
  maxLength: 64,
  pattern: '^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$',
});
const Time = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$' });
const Weekday = Type.Integer({ minimum: 1, maximum: 7 });

/** Whether the server still waits for its first admin, and the hall it already holds, if any. */
export const SetupStatusReply = Type.Object({
  needed: Type.Boolean(),
  /** A district site loaded before (`pnpm hallq seed --catalog`): setup keeps it. */
  site: Type.Optional(
    Type.Object({ id: Type.String(), name: Type.String(), timeZone: Type.String() }),
  ),
  /** The server's default time zone (HALLQ_TIMEZONE). */
  defaultTimeZone: Type.String(),
});
export type SetupStatusReply = Static<typeof SetupStatusReply>;

export const SetupBody = Type.Object(
  {
    /** The one-time code the server printed in its log at start. */
    code: Type.String({ minLength: 1, maxLength: 64 }),
    site: Type.Object(
      { id: NewSiteId, name: Name, timeZone: Type.Optional(TimeZone) },
      { additionalProperties: false },
    ),
    admin: Type.Object(
      { username: Username, name: Name, password: Password },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type SetupBody = Static<typeof SetupBody>;

export const SetupReply = Type.Object({
  site: Type.Record(Type.String(), Type.Unknown()),
  staff: AdminStaff,
});
export type SetupReply = Static<typeof SetupReply>;

/** A township (乡镇/街道) or village (村/社区) site under a site of the caller's network. */
export const CreateSiteBody = Type.Object(
  {
    id: NewSiteId,
    name: Name,
    level: Type.Union([Type.Literal('township'), Type.Literal('village')]),
    parentId: Type.String({ minLength: 1, maxLength: 64 }),
    /** Default: the parent's. */
    timeZone: Type.Optional(TimeZone),
    openingHours: Type.Optional(
      Type.Array(Type.Object({ start: Time, end: Time }, { additionalProperties: false }), {
        maxItems: 6,
      }),
    ),
    workingWeekdays: Type.Optional(Type.Array(Weekday, { maxItems: 7, uniqueItems: true })),
    numberWidth: Type.Optional(Type.Integer({ minimum: 1, maximum: 6 })),
  },
  { additionalProperties: false },
);
export type CreateSiteBody = Static<typeof CreateSiteBody>;
