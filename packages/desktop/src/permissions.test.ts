import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { isPermissionAllowed, restrictPermissions } from './permissions';

const SERVER = 'http://10.0.0.2:8080';

describe('web permissions', () => {
  it('grants full screen and wake lock to the server page only', () => {
    expect(isPermissionAllowed('screen-wake-lock', `${SERVER}/display`, SERVER)).toBe(true);
    expect(isPermissionAllowed('fullscreen', `${SERVER}/kiosk`, SERVER)).toBe(true);
    expect(isPermissionAllowed('fullscreen', 'https://evil.example/', SERVER)).toBe(false);
    expect(isPermissionAllowed('fullscreen', `${SERVER}/kiosk`, null)).toBe(false);
  });

  it('refuses camera, location, notifications and the rest, even to the server', async () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    restrictPermissions(session as unknown as Session, SERVER);
    const [requestHandler] = session.setPermissionRequestHandler.mock.calls[0]!;
    for (const permission of ['media', 'geolocation', 'notifications', 'usb', 'openExternal']) {
      const granted = await new Promise((resolve) =>
        requestHandler({}, permission, resolve, { requestingUrl: `${SERVER}/kiosk` }),
      );
      expect(granted, permission).toBe(false);
    }
    const [checkHandler] = session.setPermissionCheckHandler.mock.calls[0]!;
    expect(checkHandler(null, 'media', SERVER, {})).toBe(false);
    expect(checkHandler(null, 'screen-wake-lock', SERVER, {})).toBe(true);
  });
});
