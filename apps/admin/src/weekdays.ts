/** ISO weekdays (1 = Monday) by name, in the console's language. */
import type { Lang } from '@hallq/ui';

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const ZH = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const EN = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export const weekdayName = (d: number, lang: Lang): string => (lang === 'en' ? EN : ZH)[d] ?? '';
