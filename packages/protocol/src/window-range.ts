/**
 * Window numbers as a visitor reads them: a run of three or more is a range
 * ("5–8"), anything else is listed ("24、26"). The kiosk, the printed ticket
 * and the phone page say "请到 5–8 号窗口" from the same numbers.
 */
export function windowRange(numbers: readonly number[], separator = '、'): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i]}–${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return parts.join(separator);
}
