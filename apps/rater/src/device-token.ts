/**
 * The pad's device token: given once as `?device=<token>` (then kept in
 * localStorage and removed from the address bar, so it is not left on
 * screen or in the history), or the one kept before.
 */
export const TOKEN_KEY = 'hallq.deviceToken';

export function deviceToken(): string | undefined {
  const url = new URL(window.location.href);
  const given = url.searchParams.get('device')?.trim();
  if (given) {
    try {
      window.localStorage.setItem(TOKEN_KEY, given);
    } catch {
      // Storage may be disabled; the token still works for this visit.
    }
    url.searchParams.delete('device');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return given;
  }
  try {
    return window.localStorage.getItem(TOKEN_KEY) || undefined;
  } catch {
    return undefined;
  }
}
