/**
 * 一次性告知 on the ticket: the item's 申请材料 as numbered lines for the
 * paper's width, so a visitor waiting can check they brought everything.
 * A material's continuation lines are indented under its name; one that is
 * not required says 如有请带. Notes stay on the kiosk and the phone page
 * (the paper is for the list).
 */
import { displayWidth, wrapText } from './display-width';
import type { TicketMaterial } from './ticket';

export const MATERIALS_HEADING = '请备齐以下申请材料（一次性告知）';

const FORM: Record<TicketMaterial['form'], string> = {
  original: '原件',
  copy: '复印件',
  both: '原件及复印件',
};

/** One material as it reads: 居民身份证 原件1份, 结婚证 复印件1份（如有请带）. */
export function materialText(m: TicketMaterial): string {
  const copies = Math.max(1, Math.floor(m.copies));
  return `${m.name} ${FORM[m.form]}${copies}份${m.required ? '' : '（如有请带）'}`;
}

/** The numbered, wrapped lines (left-aligned), e.g. "1. 居民身份证 原件1份". */
export function materialLines(materials: readonly TicketMaterial[], columns: number): string[] {
  return materials.flatMap((m, i) => {
    const label = `${i + 1}. `;
    const indent = displayWidth(label);
    const [first = '', ...rest] = wrapText(materialText(m), columns - indent);
    return [label + first, ...rest.map((line) => ' '.repeat(indent) + line)];
  });
}
