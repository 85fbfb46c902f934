/** Dates and clocks in the site's time zone (Asia/Shanghai by default), never the device's. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const WEEKDAYS_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

function parts(at: number, timeZone: string) {
  const f = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    weekday: 'short',
    hourCycle: 'h23',
  });
  const out: Record<string, string> = {};
  for (const p of f.formatToParts(at)) out[p.type] = p.value;
  return out;
}

export function formatDate(
  at: number,
  timeZone = DEFAULT_TIME_ZONE,
  lang: 'zh-CN' | 'en' = 'zh-CN',
): string {
  const p = parts(at, timeZone);
  if (lang === 'en') return `${p.year}-${p.month}-${p.day}`;
  return `${p.year}年${Number(p.month)}月${Number(p.day)}日`;
}

export function formatTime(at: number, timeZone = DEFAULT_TIME_ZONE, seconds = false): string {
  const p = parts(at, timeZone);
  return seconds ? `${p.hour}:${p.minute}:${p.second}` : `${p.hour}:${p.minute}`;
}

export function formatWeekday(
  at: number,
  timeZone = DEFAULT_TIME_ZONE,
  lang: 'zh-CN' | 'en' = 'zh-CN',
): string {
  const p = parts(at, timeZone);
  const idx = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(p.weekday ?? '');
  return lang === 'en' ? (p.weekday ?? '') : (WEEKDAYS_ZH[idx] ?? '');
}

/** "12分钟" / "1小时5分钟" — waits and service times for people, not machines. */
export function formatDuration(ms: number, lang: 'zh-CN' | 'en' = 'zh-CN'): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (lang === 'en') return h ? `${h} h ${m} min` : `${m} min`;
  return h ? `${h}小时${m}分钟` : `${m}分钟`;
}
