/**
 * The app's own page: the only place the bridge (and with it the device
 * token and the printer) is handed to. The same server also serves pages that
 * are not this app — `/docs`, the visitors' `/t/<ticket>` status pages, the
 * other screens — and the window may legitimately reach them by a same-origin
 * link; none of them gets the bridge.
 *
 * Pure and free of Node and Electron: the sandboxed preload imports it too.
 */

/** The origin and path prefix of the app page, e.g. `http://10.0.0.2:8080` and `/kiosk/`. */
export interface AppPage {
  origin: string;
  /** Always ends with `/`, so `/kiosk/` never matches `/kiosk-admin/` or `/kioskdocs`. */
  path: string;
}

/** The argument that carries the app page URL to the preload (`webPreferences.additionalArguments`). */
export const APP_PAGE_ARGUMENT = '--hallq-app-page=';

/** The scope of the page the shell opens (`appUrl(config, route)`), or null for a URL without an origin. */
export function appPage(appUrl: string): AppPage | null {
  if (!URL.canParse(appUrl)) return null;
  const url = new URL(appUrl);
  // data:, about: and file: URLs have the opaque origin "null".
  if (url.origin === 'null') return null;
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { origin: url.origin, path };
}

/**
 * Whether `url` is the app page or below it: same origin, and the path is the
 * route itself (`/kiosk`, which the server redirects to `/kiosk/`) or under
 * `/kiosk/` (client-side routes such as `/caller/login`). The WHATWG parser
 * has already resolved `..` and `%2e%2e`, so `/kiosk/../docs` is `/docs`.
 */
export function isAppPage(url: string, page: AppPage | null): boolean {
  if (page === null || !URL.canParse(url)) return false;
  const parsed = new URL(url);
  if (parsed.origin !== page.origin) return false;
  return parsed.pathname === page.path.slice(0, -1) || parsed.pathname.startsWith(page.path);
}

/** The app page the main process passed in `argv`, or null when it passed none. */
export function appPageFromArgv(argv: readonly string[]): AppPage | null {
  const argument = argv.find((a) => a.startsWith(APP_PAGE_ARGUMENT));
  return argument ? appPage(argument.slice(APP_PAGE_ARGUMENT.length)) : null;
}
