/** The supervisor's session token, kept across reloads (the server decides whether it is still good). */
export const SESSION_KEY = 'hallq.supervisor.session';

export const loadToken = (): string | undefined => localStorage.getItem(SESSION_KEY) ?? undefined;
export const saveToken = (token: string) => localStorage.setItem(SESSION_KEY, token);
export const clearToken = () => localStorage.removeItem(SESSION_KEY);

/** Wall mode (?wall=1): the director's office screen, bigger type and no controls. */
export const isWall = (search: string) => new URLSearchParams(search).get('wall') === '1';
