/**
 * Web permissions for the shell's session: the hall pages need none except
 * staying full screen and keeping the screen awake, and only from the server.
 * Everything else (camera, geolocation, notifications, USB, …) is refused.
 */
import type { Session } from 'electron';
import { isOnOrigin } from './harden-web-contents';

const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['fullscreen', 'screen-wake-lock']);

export function isPermissionAllowed(
  permission: string,
  requestingUrl: string,
  allowedOrigin: string | null,
): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isOnOrigin(requestingUrl, allowedOrigin);
}

export function restrictPermissions(session: Session, allowedOrigin: string | null): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, allowedOrigin));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, allowedOrigin),
  );
}
