/**
 * Entities of the queue domain. Plain data only: the server stores them, the
 * wire carries them, the core reasons about them. Times are epoch
 * milliseconds, supplied by the caller; the core never reads a clock.
 */
import type { SupervisionSettings } from './supervision/settings';
import type { ScoringOverrides } from './scoring/scheme';

export type SiteLevel = 'district' | 'township' | 'village';
export type UnitKind = 'whole' | 'permanent' | 'comprehensive';
export type WindowKind = 'whole' | 'permanent' | 'comprehensive' | 'support';
/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A span of the day in the site's time zone, "HH:MM" 24-hour, end exclusive. */
export interface OpeningSpan {
  start: string;
  end: string;
}

/** Priority ratio: after `priority` consecutive priority calls, one ordinary ticket goes first. */
export interface PriorityRatio {
  priority: number;
  ordinary: number;
}

export interface Site {
  id: string;
  name: string;
  level: SiteLevel;
  /** The site above it in the network (a township's district); absent for the root (Q26). */
  parentId?: string;
  /**
   * 一窗受理 (Q26): items of the master catalogue (a unit at an ancestor site)
   * this site also takes, each queued at `intakeUnitId`, a unit of this site.
   */
  enabledItemIds?: string[];
  intakeUnitId?: string;
  /** IANA zone for the business day, e.g. Asia/Shanghai. */
  timeZone: string;
  /** Opening hours; enforced for issuing only when non-empty. */
  openingHours: OpeningSpan[];
  /** Weekdays the hall works (rota applies on these). */
  workingWeekdays: IsoWeekday[];
  /** Digits of the ticket number after the prefix (A001 → 3). */
  numberWidth: number;
  priorityRatio: PriorityRatio;
  /** 过号 asks the clerk to confirm (absent = true)… */
  noShowConfirm?: boolean;
  /** …unless the ticket was recalled at least this many times (absent = 1). */
  noShowConfirmUnlessRecalls?: number;
  /** 电子监察 thresholds (supervision/settings.ts); absent ones take the defaults. */
  supervision?: Partial<SupervisionSettings>;
  /** 绩效考评's scoring scheme (scoring/scheme.ts); absent parts take the defaults. */
  scoring?: ScoringOverrides;
  /** The kiosk asks 还需要更多时间吗？ after this many seconds without a touch (absent = 60). */
  kioskIdleSeconds?: number;
  /** How the hall screen speaks a call; absent parts take the server's defaults. */
  voice?: Partial<SiteVoice>;
  /** The address phones open from a ticket's QR code (absent: the server's). */
  publicUrl?: string;
  /** 一次性告知: the printed ticket lists the item's 申请材料 (absent = false). */
  printMaterials?: boolean;
}

/** A call read aloud: the phrase, how many times, and the digit 1 as 幺 (yao) or 一 (yi). */
export interface SiteVoice {
  /** e.g. "请{number}号到{window}号窗口办理" */
  template: string;
  repeat: number;
  one: 'yao' | 'yi';
}

export interface Unit {
  id: string;
  siteId: string;
  name: string;
  shortName: string;
  ticketPrefix: string;
  kind: UnitKind;
  /** For comprehensive units: the weekdays a comprehensive window serves it. */
  rotaWeekdays?: IsoWeekday[];
  zone?: string;
  /** false: its items issue no tickets (Q23); absent = enabled. */
  enabled?: boolean;
}

export interface Item {
  id: string;
  unitId: string;
  code: string;
  name: string;
  category: string;
  promisedDays: number;
  onTheSpot: boolean;
  /** 限号: tickets per business day; absent = unlimited. */
  dailyQuota?: number;
  /** Expected service time in minutes, for warnings and first estimates. */
  expectedServiceMinutes: number;
  /** false: the kiosk issues no ticket for it (Q23); absent = enabled. */
  enabled?: boolean;
  /** What visitors call it (身份证, 医保卡…): the kiosk's search finds the item by these too. */
  aliases?: string[];
  /** 办事指南 beyond the fields above (事项编码 = code, 事项类型 = category, 承诺时限 = promisedDays, 即办件 = onTheSpot). */
  guide?: ItemGuide;
}

/** One 申请材料 of an office guide. */
export interface GuideMaterial {
  name: string;
  /** 原件, 复印件, or both (原件及复印件). */
  form: 'original' | 'copy' | 'both';
  copies: number;
  required: boolean;
  notes?: string;
}

/** 办事指南: what a visitor must know before coming (一次性告知). Plain text except the materials. */
export interface ItemGuide {
  /** 实施主体 */
  implementer?: string;
  /** 设定依据 */
  legalBasis?: string;
  /** 受理条件 */
  conditions?: string;
  /** 申请材料 */
  materials: GuideMaterial[];
  /** 办理流程 */
  process?: string;
  /** 法定时限, working days. */
  legalDays?: number;
  /** 收费: absent = 不收费. */
  fee?: { amount: string; basis: string };
  /** 办理地点 (the windows, the floor). */
  place?: string;
  /** 办理时间 */
  hours?: string;
  /** 咨询电话 */
  consultPhone?: string;
  /** 监督投诉电话 */
  complaintPhone?: string;
}

export interface Window {
  id: string;
  siteId: string;
  number: number;
  name: string;
  zone: string;
  kind: WindowKind;
  /** Every unit the window can serve (over the whole week). */
  unitIds: string[];
  /** Comprehensive windows: weekday → unit served that day. */
  rota?: Partial<Record<IsoWeekday, string>>;
}

export interface Catalog {
  sites: Record<string, Site>;
  units: Record<string, Unit>;
  items: Record<string, Item>;
  windows: Record<string, Window>;
}

export type TicketPriority = 'normal' | 'priority';
export type TicketStatus =
  'waiting' | 'called' | 'serving' | 'done' | 'noShow' | 'cancelled' | 'expired';

export interface Ticket {
  id: string;
  siteId: string;
  unitId: string;
  itemId: string;
  /** e.g. "A012": prefix + zero-padded serial. Kept across transfers. */
  number: string;
  serial: number;
  businessDay: string;
  priority: TicketPriority;
  status: TicketStatus;
  issuedAt: number;
  /** Queue position key; smaller is called first within its class. */
  queueOrder: number;
  /** Transferred to the front of its queue: called before every other class. */
  front: boolean;
  /** Transferred to one window: only that window calls it. */
  targetWindowId?: string;
  /** The window holding it while called or serving. */
  windowId?: string;
  calledAt?: number;
  startedAt?: number;
  finishedAt?: number;
  recallCount: number;
  transferCount: number;
  /** Its last transfer's window (Q16): the receiving window sees where it came from… */
  transferredFrom?: string;
  /** …and why (the transfer's note, when one was given). */
  transferNote?: string;
}

export type WindowStatus = 'signedOut' | 'open' | 'paused';

export interface WindowState {
  id: string;
  status: WindowStatus;
  staffId?: string;
  pauseReason?: string;
  /** While paused: the expected return, local "HH:MM", when the clerk gave one. */
  pauseUntil?: string;
  currentTicketId?: string;
  /** Consecutive priority tickets called since the last ordinary one. */
  priorityStreak: number;
}
