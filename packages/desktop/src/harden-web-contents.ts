/**
 * Keeps every web contents of the shell on the hallq server: no new windows,
 * no navigation or redirect to another origin, no <webview>. Applied from
 * `app.on('web-contents-created')` so nothing created later escapes it.
 */
import type { WebContents } from 'electron';

/** The origin of `url`, or null when it is not a URL with a proper origin. */
export function originOf(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const origin = new URL(url).origin;
  // data:, about: and file: URLs have the opaque origin "null".
  return origin === 'null' ? null : origin;
}

/** Whether `url` is on `allowedOrigin`; with no allowed origin (config error) nothing is. */
export function isOnOrigin(url: string, allowedOrigin: string | null): boolean {
  return allowedOrigin !== null && originOf(url) === allowedOrigin;
}

export function hardenWebContents(
  contents: WebContents,
  allowedOrigin: string | null,
  log: (message: string) => void = console.warn,
): void {
  // A kiosk has no tabs: a link with target=_blank or window.open opens nothing.
  contents.setWindowOpenHandler(({ url }) => {
    log(`hallq: blocked a new window for ${url}`);
    return { action: 'deny' };
  });

  const guard = (event: { url: string; preventDefault(): void }): void => {
    if (isOnOrigin(event.url, allowedOrigin)) return;
    event.preventDefault();
    log(`hallq: blocked navigation to ${event.url}`);
  };
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);

  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('hallq: blocked a <webview>');
  });
}
