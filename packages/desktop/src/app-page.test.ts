import { describe, expect, it } from 'vitest';
import { APP_PAGE_ARGUMENT, appPage, appPageFromArgv, isAppPage } from './app-page';

const SERVER = 'http://10.0.0.2:8080';
const kiosk = appPage(`${SERVER}/kiosk`);

describe('app page scope', () => {
  it('is the origin and the route as a directory', () => {
    expect(kiosk).toEqual({ origin: SERVER, path: '/kiosk/' });
    expect(appPage('https://gov.example/hallq/caller/')).toEqual({
      origin: 'https://gov.example',
      path: '/hallq/caller/',
    });
    expect(appPage('data:text/html,hi')).toBeNull();
    expect(appPage('not a url')).toBeNull();
  });

  it('covers the route, its index and its client-side routes', () => {
    expect(isAppPage(`${SERVER}/kiosk`, kiosk)).toBe(true);
    expect(isAppPage(`${SERVER}/kiosk/`, kiosk)).toBe(true);
    expect(isAppPage(`${SERVER}/kiosk/?lang=en#top`, kiosk)).toBe(true);
    expect(isAppPage(`${SERVER}/kiosk/items/12`, kiosk)).toBe(true);
  });

  it('excludes /docs, ticket status pages, the other screens and look-alike paths', () => {
    for (const path of [
      '/',
      '/docs',
      '/docs/json',
      '/t/abc123',
      '/caller/',
      '/display/',
      '/kiosk-admin/',
      '/kioskdocs',
      '/api/v1/health',
      // The URL parser resolves dot segments, encoded or not, before the check.
      '/kiosk/../docs',
      '/kiosk/%2e%2e/t/1',
    ]) {
      expect(isAppPage(`${SERVER}${path}`, kiosk), path).toBe(false);
    }
  });

  it('excludes every other origin, opaque URLs and a missing scope', () => {
    expect(isAppPage('https://10.0.0.2:8080/kiosk/', kiosk)).toBe(false);
    expect(isAppPage('http://10.0.0.2:9090/kiosk/', kiosk)).toBe(false);
    expect(isAppPage('http://evil.example/kiosk/', kiosk)).toBe(false);
    expect(isAppPage('data:text/html,<h1>kiosk</h1>', kiosk)).toBe(false);
    expect(isAppPage('file:///kiosk/', kiosk)).toBe(false);
    expect(isAppPage(`${SERVER}/kiosk/`, null)).toBe(false);
  });

  it('travels to the preload as one argument', () => {
    const argv = ['/opt/hallq/electron', '--type=renderer', `${APP_PAGE_ARGUMENT}${SERVER}/kiosk`];
    expect(appPageFromArgv(argv)).toEqual(kiosk);
    expect(appPageFromArgv(['/opt/hallq/electron'])).toBeNull();
  });
});
