/**
 * A supervisor's two actions at a window (issue 13), both audited by the
 * server: sign out a window its clerk left (POST /windows/:id/sign-out), and
 * call its visitor to another window that is free (POST
 * /supervision/tickets/:id/call-to, through the existing transfer).
 */
import { apiErrorFrom, NetworkError } from '@hallq/client';

export interface WindowActionsApi {
  signOut(windowId: string): Promise<void>;
  callTo(ticketId: string, windowId: string): Promise<void>;
}

export function createWindowActionsApi(
  token: () => string | undefined,
  doFetch: typeof fetch = (...a) => fetch(...a),
): WindowActionsApi {
  const post = async (path: string, body: unknown) => {
    const t = token();
    let res: Response;
    try {
      res = await doFetch(`/api/v1${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(t ? { authorization: `Bearer ${t}` } : {}),
        },
        body: JSON.stringify(body),
      });
    } catch (err) {
      throw new NetworkError(err);
    }
    if (!res.ok) throw apiErrorFrom(res.status, await res.json().catch(() => undefined));
  };
  return {
    signOut: (windowId) => post(`/windows/${encodeURIComponent(windowId)}/sign-out`, {}),
    callTo: (ticketId, windowId) =>
      post(`/supervision/tickets/${encodeURIComponent(ticketId)}/call-to`, { windowId }),
  };
}
