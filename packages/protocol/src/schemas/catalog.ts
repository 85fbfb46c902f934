import { Type, type Static } from 'typebox';
import { SupervisionSettingsView } from './alerts';
import { ItemGuide } from './item-guide';
import { ScoringSchemeView } from './scores';

const Weekday = Type.Integer({ minimum: 1, maximum: 7 });

export const SiteView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  level: Type.Union([Type.Literal('district'), Type.Literal('township'), Type.Literal('village')]),
  /** The site above it in the network (GET /sites has the tree); absent for the root. */
  parentId: Type.Optional(Type.String()),
  timeZone: Type.String(),
  /** 大厅设置 as the admin console edits them (PATCH /sites/:id). */
  openingHours: Type.Optional(
    Type.Array(Type.Object({ start: Type.String(), end: Type.String() })),
  ),
  workingWeekdays: Type.Optional(Type.Array(Weekday)),
  numberWidth: Type.Optional(Type.Integer()),
  priorityRatio: Type.Optional(Type.Object({ priority: Type.Integer(), ordinary: Type.Integer() })),
  noShowConfirm: Type.Optional(Type.Boolean()),
  noShowConfirmUnlessRecalls: Type.Optional(Type.Integer()),
  /** 电子监察 thresholds in force (the site's, over the defaults; core S8): the answered site's only. */
  supervision: Type.Optional(SupervisionSettingsView),
  /** 绩效考评's scheme in force (the site's, over the defaults; core P1): the answered site's only. */
  scoring: Type.Optional(ScoringSchemeView),
});

export const UnitView = Type.Object({
  id: Type.String(),
  siteId: Type.String(),
  name: Type.String(),
  shortName: Type.String(),
  ticketPrefix: Type.String(),
  kind: Type.Union([
    Type.Literal('whole'),
    Type.Literal('permanent'),
    Type.Literal('comprehensive'),
  ]),
  rotaWeekdays: Type.Optional(Type.Array(Weekday)),
  zone: Type.Optional(Type.String()),
  /** Whether a window serves it today (computed on the server's clock). */
  servedToday: Type.Boolean(),
  /** Weekdays it is served (for comprehensive units: its rota days). */
  servedWeekdays: Type.Array(Weekday),
  /** Present and false when an admin disabled it (its items issue no tickets). */
  enabled: Type.Optional(Type.Boolean()),
  /** Present and true for a township's 一窗受理 unit: its windows take any item enabled there (core Q26). */
  intake: Type.Optional(Type.Boolean()),
});

export const ItemView = Type.Object({
  id: Type.String(),
  /** The unit that queues it at this site (a township's intake unit for a master item). */
  unitId: Type.String(),
  /** A master item enabled here (core Q26): its own unit at the district hall. */
  homeUnitId: Type.Optional(Type.String()),
  code: Type.String(),
  name: Type.String(),
  category: Type.String(),
  promisedDays: Type.Integer(),
  onTheSpot: Type.Boolean(),
  dailyQuota: Type.Optional(Type.Integer()),
  /** Tickets still available today when a quota is set. */
  remainingToday: Type.Optional(Type.Integer()),
  expectedServiceMinutes: Type.Number(),
  /** What visitors call it (身份证, 医保卡…), matched by the kiosk's search. */
  aliases: Type.Optional(Type.Array(Type.String())),
  /** Present and false when an admin disabled it (the kiosk issues no ticket for it). */
  enabled: Type.Optional(Type.Boolean()),
  /** 办事指南, when the item has a full one. */
  guide: Type.Optional(ItemGuide),
});

export const WindowView = Type.Object({
  id: Type.String(),
  siteId: Type.String(),
  number: Type.Integer(),
  name: Type.String(),
  zone: Type.String(),
  kind: Type.String(),
  unitIds: Type.Array(Type.String()),
  /** Units the window serves today (the rota applied). */
  todayUnitIds: Type.Array(Type.String()),
  rota: Type.Optional(Type.Record(Type.String(), Type.String())),
});

export const CatalogReply = Type.Object({
  sites: Type.Array(SiteView),
  units: Type.Array(UnitView),
  items: Type.Array(ItemView),
  windows: Type.Array(WindowView),
  hall: Type.Object({
    name: Type.String(),
    timeZone: Type.String(),
    businessDay: Type.String(),
    weekday: Weekday,
    /** 电子监察: a visitor waiting longer than this is flagged (the site's setting, core S1). */
    waitLimitMinutes: Type.Integer(),
    /** 过号: the clerk confirms unless the ticket was recalled `unlessRecalls` times (site settings). */
    noShow: Type.Optional(
      Type.Object({ confirm: Type.Boolean(), unlessRecalls: Type.Integer({ minimum: 0 }) }),
    ),
    /**
     * 咨询导办: the general-enquiry item served at the site's 咨询导办 desk,
     * which the kiosk always offers (and offers instead of a unit or item
     * not served today). Absent: the site has no such desk.
     */
    enquiry: Type.Optional(Type.Object({ unitId: Type.String(), itemId: Type.String() })),
    /** The kiosk warns, then returns home, after this long without a touch. */
    kioskIdleSeconds: Type.Optional(Type.Integer({ minimum: 1 })),
    /** How the hall screen speaks a call. */
    voice: Type.Object({
      /** e.g. "请{number}号到{window}号窗口办理" */
      template: Type.String(),
      /** Read the digit 1 as 幺 (yao) or 一 (yi). */
      one: Type.Union([Type.Literal('yao'), Type.Literal('yi')]),
      repeat: Type.Integer({ minimum: 1, maximum: 5 }),
    }),
    /** The site's own address for the QR codes, when it set one (else the server's). */
    publicUrl: Type.Optional(Type.String()),
    /** 一次性告知: tickets printed here list the item's 申请材料. */
    printMaterials: Type.Optional(Type.Boolean()),
  }),
});

export type SiteView = Static<typeof SiteView>;
export type UnitView = Static<typeof UnitView>;
export type ItemView = Static<typeof ItemView>;
export type WindowView = Static<typeof WindowView>;
export type CatalogReply = Static<typeof CatalogReply>;
