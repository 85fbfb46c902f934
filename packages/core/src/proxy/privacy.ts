/**
 * Q30 The villager's name and phone are kept in the proxy ticket's record
 * only (its row, and the agent's and the handling clerk's view of it). Every
 * other place shows them masked: the log's wire form, the socket, lists,
 * the status page, the audit. A name keeps its first character (张**), a
 * phone its first three and last four digits (138****5678).
 */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '';
  return `${chars[0]}${'*'.repeat(Math.max(1, chars.length - 1))}`;
}

export function maskPhone(phone: string): string {
  const digits = phone.replace(/\s+/g, '');
  if (digits.length < 8) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}

export const maskApplicant = (a: { name: string; phone: string }) => ({
  name: maskName(a.name),
  phone: maskPhone(a.phone),
});
