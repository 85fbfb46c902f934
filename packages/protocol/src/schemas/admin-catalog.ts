/**
 * Admin API, catalogue and site settings: 部门, 事项, 窗口, 轮值表, 大厅设置.
 * Bodies name what may change; a site's time zone and level, a unit's site
 * and a window's site are fixed once created.
 */
import { Type, type Static } from 'typebox';
import { Id } from './common';
import { ItemGuide } from './item-guide';
import { SupervisionSettingsBody } from './alerts';
import { ScoringSchemeBody } from './scores';

/** Ids an admin chooses: start with a letter, so no id reads as a number. */
const NewId = Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z][A-Za-z0-9_-]*$' });
const Name = Type.String({ minLength: 1, maxLength: 64 });
const Weekday = Type.Integer({ minimum: 1, maximum: 7 });
const UnitKind = Type.Union([
  Type.Literal('whole'),
  Type.Literal('permanent'),
  Type.Literal('comprehensive'),
]);
const WindowKind = Type.Union([
  Type.Literal('whole'),
  Type.Literal('permanent'),
  Type.Literal('comprehensive'),
  Type.Literal('support'),
]);
const Zone = Type.String({ maxLength: 32 });
const UnitIds = Type.Array(Id, { maxItems: 64, uniqueItems: true });

export const CreateUnitBody = Type.Object(
  {
    id: NewId,
    siteId: Type.Optional(Id),
    name: Name,
    shortName: Type.String({ minLength: 1, maxLength: 16 }),
    ticketPrefix: Type.String({ pattern: '^[A-Z]{1,2}$' }),
    kind: UnitKind,
    zone: Type.Optional(Zone),
  },
  { additionalProperties: false },
);
export type CreateUnitBody = Static<typeof CreateUnitBody>;

export const UpdateUnitBody = Type.Object(
  {
    name: Type.Optional(Name),
    shortName: Type.Optional(Type.String({ minLength: 1, maxLength: 16 })),
    ticketPrefix: Type.Optional(Type.String({ pattern: '^[A-Z]{1,2}$' })),
    zone: Type.Optional(Zone),
    enabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateUnitBody = Static<typeof UpdateUnitBody>;

/**
 * 别名: what visitors call an item (身份证, 医保卡…). Short, and checked
 * further by the server (blank, repeated or the item's own name:
 * HALLQ_E_ALIAS_INVALID).
 */
export const ItemAliases = Type.Array(Type.String({ minLength: 1, maxLength: 20 }), {
  maxItems: 20,
});

const ItemFields = {
  name: Name,
  category: Type.String({ maxLength: 32 }),
  promisedDays: Type.Integer({ minimum: 0, maximum: 365 }),
  onTheSpot: Type.Boolean(),
  expectedServiceMinutes: Type.Number({ minimum: 1, maximum: 480 }),
};

export const CreateItemBody = Type.Object(
  {
    id: NewId,
    unitId: Id,
    code: Type.Optional(Type.String({ maxLength: 64 })),
    ...ItemFields,
    category: Type.Optional(ItemFields.category),
    dailyQuota: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000 })),
    aliases: Type.Optional(ItemAliases),
    guide: Type.Optional(ItemGuide),
  },
  { additionalProperties: false },
);
export type CreateItemBody = Static<typeof CreateItemBody>;

export const UpdateItemBody = Type.Object(
  {
    name: Type.Optional(ItemFields.name),
    category: Type.Optional(ItemFields.category),
    promisedDays: Type.Optional(ItemFields.promisedDays),
    onTheSpot: Type.Optional(ItemFields.onTheSpot),
    expectedServiceMinutes: Type.Optional(ItemFields.expectedServiceMinutes),
    /** null clears the quota (unlimited). */
    dailyQuota: Type.Optional(
      Type.Union([Type.Integer({ minimum: 0, maximum: 100000 }), Type.Null()]),
    ),
    enabled: Type.Optional(Type.Boolean()),
    /** Replaces the list; [] clears it. */
    aliases: Type.Optional(ItemAliases),
    /** 办事指南: replaces the item's guide; null removes it (the kiosk shows the short one). */
    guide: Type.Optional(Type.Union([ItemGuide, Type.Null()])),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateItemBody = Static<typeof UpdateItemBody>;

export const CreateWindowBody = Type.Object(
  {
    id: NewId,
    siteId: Type.Optional(Id),
    number: Type.Integer({ minimum: 1, maximum: 999 }),
    name: Name,
    zone: Zone,
    kind: WindowKind,
    unitIds: UnitIds,
  },
  { additionalProperties: false },
);
export type CreateWindowBody = Static<typeof CreateWindowBody>;

export const UpdateWindowBody = Type.Object(
  {
    number: Type.Optional(Type.Integer({ minimum: 1, maximum: 999 })),
    name: Type.Optional(Name),
    zone: Type.Optional(Zone),
    unitIds: Type.Optional(UnitIds),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateWindowBody = Static<typeof UpdateWindowBody>;

/** 轮值表: ISO weekday ("1" = Monday) → the unit a comprehensive window serves that day. */
export const RotaBody = Type.Object(
  {
    rota: Type.Record(Type.String({ pattern: '^[1-7]$' }), Id, {
      additionalProperties: false,
    }),
  },
  { additionalProperties: false },
);
export type RotaBody = Static<typeof RotaBody>;

const Time = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$' });

export const UpdateSiteBody = Type.Object(
  {
    name: Type.Optional(Name),
    /** Empty: open whenever (issuing is not limited by hours). */
    openingHours: Type.Optional(
      Type.Array(Type.Object({ start: Time, end: Time }, { additionalProperties: false }), {
        maxItems: 6,
      }),
    ),
    workingWeekdays: Type.Optional(Type.Array(Weekday, { maxItems: 7, uniqueItems: true })),
    numberWidth: Type.Optional(Type.Integer({ minimum: 1, maximum: 6 })),
    priorityRatio: Type.Optional(
      Type.Object(
        {
          priority: Type.Integer({ minimum: 0, maximum: 20 }),
          ordinary: Type.Integer({ minimum: 0, maximum: 20 }),
        },
        { additionalProperties: false },
      ),
    ),
    /** 过号 asks the clerk to confirm… */
    noShowConfirm: Type.Optional(Type.Boolean()),
    /** …unless the ticket was recalled at least this many times (0: always ask). */
    noShowConfirmUnlessRecalls: Type.Optional(Type.Integer({ minimum: 0, maximum: 9 })),
    /** 电子监察 thresholds (core S8): the ones given replace the site's; 0 turns a rule off. */
    supervision: Type.Optional(SupervisionSettingsBody),
    /** 绩效考评's scheme (core P1): the parts given replace the site's. */
    scoring: Type.Optional(ScoringSchemeBody),
    /** The kiosk asks 还需要更多时间吗？ after this long without a touch, then goes home. */
    kioskIdleSeconds: Type.Optional(Type.Integer({ minimum: 15, maximum: 600 })),
    /** How the hall screen speaks a call: the parts given replace the site's. */
    voice: Type.Optional(
      Type.Object(
        {
          /** {number} is the ticket, read digit by digit; {window} the window's number. */
          template: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
          repeat: Type.Optional(Type.Integer({ minimum: 1, maximum: 5 })),
          /** The digit 1 read as 幺 (yao) or 一 (yi). */
          one: Type.Optional(Type.Union([Type.Literal('yao'), Type.Literal('yi')])),
        },
        { additionalProperties: false },
      ),
    ),
    /** The address phones open from a ticket's QR code (http or https, no query); null: the server's. */
    publicUrl: Type.Optional(
      Type.Union([
        Type.String({ pattern: '^https?://[^\\s/?#]+(/[^\\s?#]*)?$', maxLength: 200 }),
        Type.Null(),
      ]),
    ),
    /** 一次性告知: the printed ticket lists the item's 申请材料. */
    printMaterials: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateSiteBody = Static<typeof UpdateSiteBody>;

/** A catalogue entry as stored (the core's Unit, Item, Window or Site). */
export const CatalogEntryReply = Type.Object({
  entry: Type.Record(Type.String(), Type.Unknown()),
});
export type CatalogEntryReply = Static<typeof CatalogEntryReply>;
