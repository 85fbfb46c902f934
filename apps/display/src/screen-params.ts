/**
 * What this screen shows, from its address (no client routing):
 * `?window=5` is the compact screen above window 5; `?zone=A区` and/or
 * `?units=yibao,shebao` limit the big hall screen; `?site=` names the site
 * (absent: the site of the screen's device token, as the server takes it).
 */
export type ScreenParams =
  | { kind: 'window'; windowNumber: number; siteId: string | undefined }
  | { kind: 'hall'; zone?: string; unitIds?: string[]; siteId: string | undefined };

export function parseScreenParams(search: string): ScreenParams {
  const q = new URLSearchParams(search);
  const siteId = q.get('site')?.trim() || undefined;
  const w = q.get('window');
  if (w !== null) {
    const n = Number(w.trim());
    if (Number.isInteger(n) && n > 0) return { kind: 'window', windowNumber: n, siteId };
  }
  const zone = q.get('zone')?.trim();
  const unitIds = (q.get('units') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    kind: 'hall',
    siteId,
    ...(zone ? { zone } : {}),
    ...(unitIds.length ? { unitIds } : {}),
  };
}
