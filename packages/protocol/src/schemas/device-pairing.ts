/**
 * Device pairing (设备配对): a screen opened without a token asks for a
 * six-digit code and shows it; an admin binds the code in the console
 * (POST /devices/pair); the screen, polling with its secret pairing id,
 * picks up its device token once. Nobody types a token.
 */
import { Type, type Static } from 'typebox';
import { DeviceKind } from './auth';
import { Id } from './common';
import { DeviceView } from './admin-devices';

/** Six digits, as the screen shows them. */
export const PairingCode = Type.String({ pattern: '^[0-9]{6}$' });

/** POST /devices/pairing: the screen's new code, and the secret it polls with. */
export const PairingStartReply = Type.Object({
  /** Known only to the screen: it reads the token with it. */
  pairingId: Type.String(),
  code: PairingCode,
  /** Epoch ms; after it the code binds nothing and the screen asks for a new one. */
  expiresAt: Type.Integer(),
});
export type PairingStartReply = Static<typeof PairingStartReply>;

export const PairingIdParams = Type.Object(
  { id: Type.String({ pattern: '^[A-Za-z0-9_-]{20,64}$' }) },
  { additionalProperties: false },
);

/** GET /devices/pairing/:id: still waiting, or bound (the token is handed over once). */
export const PairingStatusReply = Type.Union([
  Type.Object({
    status: Type.Literal('waiting'),
    code: PairingCode,
    expiresAt: Type.Integer(),
  }),
  Type.Object({
    status: Type.Literal('paired'),
    token: Type.String(),
    device: Type.Object({
      id: Type.String(),
      kind: DeviceKind,
      siteId: Type.String(),
      name: Type.String(),
      /** A rater's window. */
      windowId: Type.Optional(Type.String()),
    }),
  }),
]);
export type PairingStatusReply = Static<typeof PairingStatusReply>;

/** POST /devices/pair: the admin binds the code the screen shows. */
export const PairDeviceBody = Type.Object(
  {
    code: PairingCode,
    kind: DeviceKind,
    name: Type.String({ minLength: 1, maxLength: 64 }),
    printerUrl: Type.Optional(Type.String({ pattern: '^(tcp|usb|serial)://', maxLength: 200 })),
    /** A township hall of a district-level admin; absent: the admin's own site. */
    siteId: Type.Optional(Id),
    /** A rater's window (required for kind `rater`, refused for the others). */
    windowId: Type.Optional(Id),
  },
  { additionalProperties: false },
);
export type PairDeviceBody = Static<typeof PairDeviceBody>;

export const PairDeviceReply = Type.Object({ device: DeviceView });
export type PairDeviceReply = Static<typeof PairDeviceReply>;
