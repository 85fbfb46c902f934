/** The agent's session token, kept across reloads (the server decides whether it is still good). */
export const SESSION_KEY = 'hallq.agent.session';

export const loadToken = (): string | undefined => localStorage.getItem(SESSION_KEY) ?? undefined;
export const saveToken = (token: string) => localStorage.setItem(SESSION_KEY, token);
export const clearToken = () => localStorage.removeItem(SESSION_KEY);
