/** The console's words, zh-CN first (dict-zh.ts), English beside it (dict-en.ts). */
import type { Dictionary } from '@hallq/ui';
import { en } from './dict-en';
import { zh } from './dict-zh';

export type DictKey = keyof typeof zh;
export const dict: Dictionary<DictKey> = { 'zh-CN': zh, en };
