/** Ticket numbers (Q5): unit prefix + serial zero-padded to the site's width. */

/** formatNumber("A", 12, 3) → "A012"; a serial wider than `width` is printed in full. */
export function formatNumber(prefix: string, serial: number, width: number): string {
  return `${prefix}${String(serial).padStart(width, '0')}`;
}
