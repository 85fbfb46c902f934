/**
 * Pinyin initials for the lists' search. The kiosk's pinyin module
 * (@hallq/ui pinyin-search) is the one to use once it lands; until then the
 * console searches names and codes only.
 */
import type { InitialsOf } from './search';

export const pinyinInitials: InitialsOf | undefined = undefined;
