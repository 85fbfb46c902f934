/**
 * DevTools are a development aid only. On a hall machine they would let
 * anyone with a keyboard read the device token, call the bridge, print
 * tickets or rewrite the page, so outside development they are off:
 * `webPreferences.devTools: false` (window-options.ts), no application menu and
 * therefore no Ctrl+Shift+I / F12 accelerator (bootstrap.ts), and any DevTools
 * that open anyway are closed at once.
 *
 * Development is an explicit opt-in: `HALLQ_DESKTOP_DEV=1`. Not
 * `app.isPackaged`: halls may run an unpackaged build (see the README), and an
 * unpackaged kiosk must not come up with DevTools on.
 */
import type { WebContents } from 'electron';

export const DEV_ENV = 'HALLQ_DESKTOP_DEV';

export function isDevelopment(env: NodeJS.ProcessEnv): boolean {
  return env[DEV_ENV] === '1';
}

export function guardDevTools(
  contents: WebContents,
  development: boolean,
  log: (message: string) => void = console.warn,
): void {
  if (development) {
    // The menu (and its accelerator) is gone in every mode; F12 is the developer's way in.
    contents.on('before-input-event', (event, input) => {
      if (input.type !== 'keyDown' || input.key !== 'F12') return;
      event.preventDefault();
      contents.toggleDevTools();
    });
    return;
  }
  contents.on('devtools-opened', () => {
    log('hallq: closed DevTools (set HALLQ_DESKTOP_DEV=1 on a development machine only)');
    contents.closeDevTools();
  });
}
