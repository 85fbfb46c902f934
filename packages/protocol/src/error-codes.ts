/**
 * Every error the server can answer with: a stable `HALLQ_E_*` code, an HTTP
 * status and a plain message in zh-CN and en. Screens show the zh-CN text;
 * nobody should ever see a code alone.
 */
import type { DomainErrorCode, ProxyErrorCode, RatingErrorCode } from '@hallq/core';
import { windowRange } from './window-range';

interface ErrorSpec {
  status: number;
  zh: string;
  en: string;
}

/** 好差评 (core R3–R8), and the rating routes' own refusals. */
const rating = {
  HALLQ_E_TICKET_NOT_FINISHED: {
    status: 409,
    zh: '该号码尚未办结，暂不能评价',
    en: 'The ticket is not finished: it cannot be rated yet',
  },
  HALLQ_E_ALREADY_RATED: { status: 409, zh: '该号码已评价', en: 'This ticket was already rated' },
  HALLQ_E_RATER_WRONG_WINDOW: {
    status: 403,
    zh: '该号码不是本窗口办结的，不能在此评价',
    en: 'Another window finished this ticket: rate it there',
  },
  HALLQ_E_RATING_EXPIRED: {
    status: 409,
    zh: '已超过评价时间',
    en: 'The time to rate this ticket is over',
  },
  HALLQ_E_RATING_TAG_REQUIRED: {
    status: 400,
    zh: '请至少选择一项不满意的原因',
    en: 'Choose at least one reason for a bad rating',
  },
  HALLQ_E_RATING_TAG_UNKNOWN: {
    status: 400,
    zh: '评价原因不在可选范围内',
    en: 'A reason is not one of the listed reasons',
  },
  HALLQ_E_CASE_NOT_FOUND: { status: 404, zh: '找不到该整改件', en: 'Case not found' },
  HALLQ_E_CALENDAR_INVALID: {
    status: 400,
    zh: '日历有误：日期须在该年内，同一天不能既放假又上班，调休上班日须为周六或周日',
    en: 'Invalid calendar: days must be of the year, none both off and on, and make-up working days on a weekend',
  },
  HALLQ_E_CASE_STEP_NOT_ALLOWED: {
    status: 409,
    zh: '整改件当前状态下不能进行此步骤',
    en: 'This step is not possible in the case’s current state',
  },
  HALLQ_E_CASE_OUTCOME: {
    status: 400,
    zh: '复核或申诉决定须选择结果，其他步骤不带结果',
    en: 'A review or appeal decision needs its outcome; other steps take none',
  },
} satisfies Record<
  | Exclude<RatingErrorCode, 'HALLQ_E_TICKET_NOT_FOUND' | 'HALLQ_E_NOTE_REQUIRED'>
  | 'HALLQ_E_CASE_NOT_FOUND'
  | 'HALLQ_E_CALENDAR_INVALID',
  ErrorSpec
>;

/** 全程代办 (core Q27, Q28), and the proxy routes' own refusals. */
const proxy = {
  HALLQ_E_NOT_AGENT: {
    status: 403,
    zh: '只有村（社区）代办员可以登记代办',
    en: 'Only a village agent registers a proxy matter',
  },
  HALLQ_E_PROXY_NOT_VILLAGE: {
    status: 403,
    zh: '代办员须属于村（社区）便民服务室',
    en: "The agent's site is not a village room",
  },
  HALLQ_E_PROXY_ITEM_NOT_TAKEN: {
    status: 409,
    zh: '本服务室未开通该事项的代办',
    en: 'This village room does not take this item in',
  },
  HALLQ_E_PROXY_SITE_NOT_ABOVE: {
    status: 409,
    zh: '只能交给本村所属的乡镇（街道）或区政务服务中心办理',
    en: "Hand it to the room's township or the district only",
  },
  HALLQ_E_PROXY_MATERIAL_UNKNOWN: {
    status: 400,
    zh: '材料不在该事项的办事指南中',
    en: "A material is not in the item's office guide",
  },
  HALLQ_E_PROXY_MATERIALS_REQUIRED: {
    status: 400,
    zh: '请列出需要补充的材料',
    en: 'List the missing materials',
  },
  HALLQ_E_PROXY_STEP_NOT_ALLOWED: {
    status: 409,
    zh: '该代办件当前状态不能进行此操作',
    en: "This step is not allowed in the proxy ticket's current state",
  },
  HALLQ_E_PROXY_NOT_FOUND: { status: 404, zh: '找不到该代办件', en: 'Proxy ticket not found' },
} satisfies Record<
  | Exclude<
      ProxyErrorCode,
      | 'HALLQ_E_ITEM_NOT_FOUND'
      | 'HALLQ_E_SITE_NOT_FOUND'
      | 'HALLQ_E_ITEM_DISABLED'
      | 'HALLQ_E_ITEM_NOT_AT_SITE'
      | 'HALLQ_E_NOTE_REQUIRED'
    >
  | 'HALLQ_E_NOT_AGENT'
  | 'HALLQ_E_PROXY_NOT_FOUND',
  ErrorSpec
>;

const domain: Record<DomainErrorCode, ErrorSpec> = {
  HALLQ_E_QUEUE_EMPTY: { status: 409, zh: '当前无人等候', en: 'Nobody is waiting' },
  HALLQ_E_TICKET_NOT_FOUND: { status: 404, zh: '找不到该号码', en: 'Ticket not found' },
  HALLQ_E_ITEM_NOT_FOUND: { status: 404, zh: '找不到该事项', en: 'Item not found' },
  HALLQ_E_UNIT_NOT_FOUND: { status: 404, zh: '找不到该部门', en: 'Unit not found' },
  HALLQ_E_WINDOW_NOT_FOUND: { status: 404, zh: '找不到该窗口', en: 'Window not found' },
  HALLQ_E_SITE_NOT_FOUND: { status: 404, zh: '找不到该服务中心', en: 'Site not found' },
  HALLQ_E_UNIT_NOT_SERVED_TODAY: {
    status: 409,
    zh: '该部门今日不在岗办理',
    en: 'This unit is not served today',
  },
  HALLQ_E_QUOTA_EXHAUSTED: { status: 409, zh: '该事项今日已取完', en: "Today's quota is used up" },
  HALLQ_E_OUTSIDE_HOURS: { status: 409, zh: '当前不在取号时间', en: 'Outside opening hours' },
  HALLQ_E_WINDOW_NOT_OPEN: { status: 409, zh: '窗口未登录', en: 'The window is not signed in' },
  HALLQ_E_WINDOW_PAUSED: { status: 409, zh: '窗口暂停服务中', en: 'The window is paused' },
  HALLQ_E_WINDOW_BUSY: {
    status: 409,
    zh: '请先办结或过号当前号码',
    en: 'Finish or skip the current ticket first',
  },
  HALLQ_E_WINDOW_HELD: {
    status: 409,
    zh: '该窗口已由其他工作人员登录',
    en: 'Another clerk holds this window',
  },
  HALLQ_E_TICKET_NOT_HELD: {
    status: 409,
    zh: '该号码不在本窗口办理',
    en: 'This window does not hold the ticket',
  },
  HALLQ_E_INVALID_TRANSITION: {
    status: 409,
    zh: '当前状态下不能进行此操作',
    en: 'Not possible in the current state',
  },
  HALLQ_E_TRANSFER_TARGET: { status: 400, zh: '转移目标无效', en: 'Invalid transfer target' },
  HALLQ_E_DUPLICATE_ID: { status: 409, zh: '重复的请求', en: 'Duplicate id' },
  HALLQ_E_ITEM_DISABLED: {
    status: 409,
    zh: '该事项暂停取号',
    en: 'This item is not available now',
  },
  HALLQ_E_ITEM_NOT_AT_SITE: {
    status: 403,
    zh: '本服务中心不办理该事项',
    en: 'This service centre does not handle this item',
  },
  HALLQ_E_TICKET_NO_SHOW: {
    status: 409,
    zh: '该号已过号，可恢复',
    en: 'This number was passed (no-show); it can be restored',
  },
};

const transport = {
  HALLQ_E_VALIDATION: { status: 400, zh: '请求内容不正确', en: 'The request is malformed' },
  HALLQ_E_UNAUTHORIZED: { status: 401, zh: '请先登录', en: 'Authentication required' },
  HALLQ_E_BAD_CREDENTIALS: {
    status: 401,
    zh: '用户名或密码错误',
    en: 'Wrong username or password',
  },
  HALLQ_E_FORBIDDEN: { status: 403, zh: '没有权限进行此操作', en: 'Not allowed' },
  HALLQ_E_NOT_YOUR_WINDOW: {
    status: 403,
    zh: '该窗口不是您的窗口',
    en: 'This window is not one of yours',
  },
  HALLQ_E_NOT_SIGNED_IN_HERE: {
    status: 403,
    zh: '您未登录该窗口',
    en: 'You are not signed in to this window',
  },
  HALLQ_E_NOT_FOUND: { status: 404, zh: '找不到请求的内容', en: 'Not found' },
  HALLQ_E_CONFLICT: {
    status: 409,
    zh: '操作冲突，请刷新后重试',
    en: 'Conflict: refresh and try again',
  },
  HALLQ_E_IDEMPOTENCY_MISMATCH: {
    status: 422,
    zh: '同一请求编号用于了不同的内容',
    en: 'Idempotency key reused with a different request',
  },
  HALLQ_E_PAYLOAD_TOO_LARGE: { status: 413, zh: '请求内容过大', en: 'Payload too large' },
  HALLQ_E_UNSUPPORTED_MEDIA: {
    status: 415,
    zh: '请求格式不受支持',
    en: 'Unsupported media type',
  },
  HALLQ_E_RATE_LIMITED: { status: 429, zh: '操作过于频繁，请稍后再试', en: 'Too many requests' },
  HALLQ_E_INCOMPATIBLE: {
    status: 426,
    zh: '终端版本与服务器不兼容，请更新',
    en: 'Incompatible protocol version',
  },
  HALLQ_E_PRINTER_NOT_CONFIGURED: {
    status: 409,
    zh: '该取号机未配置打印机',
    en: 'No printer is configured for this kiosk',
  },
  /** `pnpm hallq`: a server holds the data directory but does not answer at its address. */
  HALLQ_E_SERVER_UNREACHABLE: {
    status: 503,
    zh: '服务器正在使用该数据目录，但无法连接',
    en: 'A server holds the data directory but cannot be reached',
  },
  /** `pnpm hallq`: a direct write refused while another process holds the data directory. */
  HALLQ_E_DATA_DIR_LOCKED: {
    status: 409,
    zh: '数据目录正被其他进程使用',
    en: 'Another process holds the data directory',
  },
  HALLQ_E_STAFF_NOT_FOUND: { status: 404, zh: '找不到该工作人员', en: 'Staff member not found' },
  HALLQ_E_USERNAME_TAKEN: { status: 409, zh: '该用户名已被使用', en: 'This username is taken' },
  HALLQ_E_ID_TAKEN: { status: 409, zh: '该编号已被使用', en: 'This id is taken' },
  HALLQ_E_ALIAS_INVALID: {
    status: 400,
    zh: '事项别名不正确：不能为空、重复或与事项名称相同',
    en: 'Invalid item alias: blank, repeated, or the item’s own name',
  },
  HALLQ_E_WINDOW_NUMBER_TAKEN: {
    status: 409,
    zh: '该窗口号已被使用',
    en: 'This window number is taken',
  },
  HALLQ_E_OTHER_SITE: {
    status: 409,
    zh: '不属于本服务中心',
    en: 'It belongs to another site',
  },
  HALLQ_E_DEVICE_NOT_FOUND: { status: 404, zh: '找不到该设备', en: 'Device not found' },
  HALLQ_E_PAIRING_CODE: {
    status: 404,
    zh: '配对码无效或已过期，请在设备上刷新配对码',
    en: 'Unknown or expired pairing code: show a new code on the device',
  },
  HALLQ_E_WEAK_PASSWORD: {
    status: 400,
    zh: '密码太弱：至少10位，不能与用户名相同，不能使用常见密码',
    en: 'Password too weak: at least 10 characters, not the username, not a common password',
  },
  /** 首次设置: refused once any admin account exists. */
  HALLQ_E_ALREADY_SET_UP: {
    status: 409,
    zh: '系统已完成首次设置，请用管理员账号登录',
    en: 'This server is already set up: sign in with an admin account',
  },
  HALLQ_E_SETUP_CODE: {
    status: 403,
    zh: '设置码不正确，请查看服务器启动日志',
    en: "Wrong setup code: see the server's start-up log",
  },
  HALLQ_E_BAD_PASSWORD: { status: 400, zh: '当前密码不正确', en: 'The current password is wrong' },
  HALLQ_E_INTERNAL: { status: 500, zh: '系统内部错误，请联系管理员', en: 'Internal error' },
  HALLQ_E_UNAVAILABLE: { status: 503, zh: '系统暂停服务', en: 'Service unavailable' },
  HALLQ_E_ALERT_NOT_FOUND: { status: 404, zh: '找不到该告警', en: 'Alert not found' },
  HALLQ_E_ALERT_ACKNOWLEDGED: {
    status: 409,
    zh: '该告警已有人确认',
    en: 'This alert was already acknowledged',
  },
  HALLQ_E_NOTE_REQUIRED: {
    status: 400,
    zh: '请填写处理说明',
    en: 'A note is required',
  },
  ...rating,
  ...proxy,
} satisfies Record<string, ErrorSpec>;

export const ERRORS = { ...domain, ...transport } as const satisfies Record<string, ErrorSpec>;
export type HallqErrorCode = keyof typeof ERRORS;

export const isHallqErrorCode = (code: unknown): code is HallqErrorCode =>
  typeof code === 'string' && Object.hasOwn(ERRORS, code);

const WEEKDAY_ZH = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const WEEKDAY_EN = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** "周一、周四办理" for a unit on the comprehensive rota. */
export const weekdaysZh = (days: readonly number[]): string =>
  `${days.map((d) => WEEKDAY_ZH[d] ?? '').join('、')}办理`;

/** The message for an error, with its facts (weekdays) filled in. */
export function errorMessage(
  code: HallqErrorCode,
  lang: 'zh-CN' | 'en',
  details?: { weekdays?: readonly number[]; windowNumbers?: readonly number[] },
): string {
  const spec = ERRORS[code];
  const base = lang === 'zh-CN' ? spec.zh : spec.en;
  if (code === 'HALLQ_E_NOT_YOUR_WINDOW' && details?.windowNumbers?.length) {
    return lang === 'zh-CN'
      ? `${base}，您的窗口：${windowRange(details.windowNumbers)} 号窗口`
      : `${base}; yours: window ${windowRange(details.windowNumbers, ', ')}`;
  }
  if (code === 'HALLQ_E_UNIT_NOT_SERVED_TODAY' && details?.weekdays?.length) {
    return lang === 'zh-CN'
      ? `${base}，${weekdaysZh(details.weekdays)}`
      : `${base}; served on ${details.weekdays.map((d) => WEEKDAY_EN[d]).join(', ')}`;
  }
  return base;
}
