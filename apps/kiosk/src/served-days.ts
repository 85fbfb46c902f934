/** "周一、周四办理" (from protocol's weekdaysZh) or "Served Mon, Thu". */
import { weekdaysZh } from '@hallq/protocol';
import type { Lang } from '@hallq/ui';

const EN = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function servedDaysText(days: readonly number[], lang: Lang): string {
  return lang === 'en' ? `Served ${days.map((d) => EN[d] ?? '').join(', ')}` : weekdaysZh(days);
}
