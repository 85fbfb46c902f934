/**
 * 别名 of an item as an admin gives them: what visitors call it (身份证,
 * 医保卡, 退休…), searched by the kiosk beside the item's name. Kept tidy so
 * the kiosk's list stays short and each alias means something: spaces
 * trimmed and collapsed; none blank, none twice (letters in any case), none
 * the item's own name (the name is searched anyway).
 */
import { HallqError } from '../errors';

export function checkAliases(itemName: string, aliases: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of aliases) {
    const alias = raw.trim().replace(/\s+/g, ' ');
    const key = alias.toLowerCase();
    if (!alias) throw new HallqError('HALLQ_E_ALIAS_INVALID', { alias: raw, reason: 'blank' });
    if (seen.has(key)) throw new HallqError('HALLQ_E_ALIAS_INVALID', { alias, reason: 'repeated' });
    if (alias === itemName.trim())
      throw new HallqError('HALLQ_E_ALIAS_INVALID', { alias, reason: 'name' });
    seen.add(key);
    out.push(alias);
  }
  return out;
}
