import { Type, type Static } from 'typebox';
import { Id } from './common';

export const Role = Type.Union([
  Type.Literal('admin'),
  Type.Literal('supervisor'),
  Type.Literal('clerk'),
  /** 代办员: a village room's agent, who registers 代办 on the agent page (core Q27). */
  Type.Literal('agent'),
]);
export type Role = Static<typeof Role>;

export const LoginBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 64 }),
    password: Type.String({ minLength: 1, maxLength: 256 }),
    windowId: Type.Optional(Id),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const StaffView = Type.Object({
  id: Type.String(),
  username: Type.String(),
  name: Type.String(),
  staffNo: Type.String(),
  role: Role,
  siteId: Type.String(),
  windowIds: Type.Array(Type.String()),
  /** The window this session is signed into, if any. */
  windowId: Type.Optional(Type.String()),
});
export type StaffView = Static<typeof StaffView>;

export const LoginReply = Type.Object({ token: Type.String(), staff: StaffView });
export type LoginReply = Static<typeof LoginReply>;

export const DeviceKind = Type.Union([
  Type.Literal('kiosk'),
  Type.Literal('caller'),
  Type.Literal('display'),
  /** 好差评 pad (评价器), bound to one window. */
  Type.Literal('rater'),
]);
export type DeviceKind = Static<typeof DeviceKind>;

export const MeReply = Type.Union([
  Type.Object({ kind: Type.Literal('staff'), staff: StaffView }),
  Type.Object({
    kind: Type.Literal('device'),
    device: Type.Object({
      id: Type.String(),
      kind: DeviceKind,
      siteId: Type.String(),
      name: Type.String(),
    }),
  }),
]);
export type MeReply = Static<typeof MeReply>;

/** A signed-in staff member changes their own password (POST /auth/password). */
export const ChangePasswordBody = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 256 }),
    /** Checked by the password policy (HALLQ_E_WEAK_PASSWORD). */
    newPassword: Type.String({ minLength: 1, maxLength: 256 }),
  },
  { additionalProperties: false },
);
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;

/**
 * Every session of the staff member ends, the caller's too: the reply's
 * token replaces it (same window), so a copy of the old token is worthless.
 */
export const ChangePasswordReply = Type.Object({ token: Type.String(), staff: StaffView });
export type ChangePasswordReply = Static<typeof ChangePasswordReply>;
