/** Admin API, devices (设备): the list with each one's health, create, revoke. */
import { Type, type Static } from 'typebox';
import { Id } from './common';
import { DeviceKind } from './auth';

export const DeviceView = Type.Object({
  id: Type.String(),
  kind: DeviceKind,
  siteId: Type.String(),
  name: Type.String(),
  printerUrl: Type.Optional(Type.String()),
  printerStatus: Type.Optional(Type.String()),
  voiceSource: Type.Optional(Type.String()),
  lastSeenAt: Type.Optional(Type.Integer()),
  /** A rater's window. */
  windowId: Type.Optional(Type.String()),
  revoked: Type.Boolean(),
});
export type DeviceView = Static<typeof DeviceView>;

export const DeviceFault = Type.Object({
  deviceId: Type.String(),
  code: Type.String(),
  message: Type.String(),
  at: Type.Integer(),
});
export type DeviceFault = Static<typeof DeviceFault>;

export const DeviceListReply = Type.Object({
  devices: Type.Array(DeviceView),
  faults: Type.Array(DeviceFault),
});
export type DeviceListReply = Static<typeof DeviceListReply>;

export const CreateDeviceBody = Type.Object(
  {
    kind: DeviceKind,
    name: Type.String({ minLength: 1, maxLength: 64 }),
    siteId: Type.Optional(Id),
    printerUrl: Type.Optional(Type.String({ pattern: '^(tcp|usb|serial)://', maxLength: 200 })),
    /** A rater's window (required for kind `rater`, refused for the others). */
    windowId: Type.Optional(Id),
  },
  { additionalProperties: false },
);
export type CreateDeviceBody = Static<typeof CreateDeviceBody>;

/** The token is shown once: the server keeps only its hash. */
export const CreateDeviceReply = Type.Object({ device: DeviceView, token: Type.String() });
export type CreateDeviceReply = Static<typeof CreateDeviceReply>;

export const RevokedDevice = Type.Object({
  id: Type.String(),
  kind: DeviceKind,
  siteId: Type.String(),
  name: Type.String(),
  revoked: Type.Boolean(),
});
export const RevokeDeviceReply = Type.Object({ device: RevokedDevice });
export type RevokeDeviceReply = Static<typeof RevokeDeviceReply>;
