/** Admin API, staff: 人员 (create, edit, disable, enable, reset password). */
import { Type, type Static } from 'typebox';
import { Id } from './common';
import { Role } from './auth';

export const Username = Type.String({ minLength: 2, maxLength: 64, pattern: '^[A-Za-z0-9_.-]+$' });
const Name = Type.String({ minLength: 1, maxLength: 64 });
const StaffNo = Type.String({ maxLength: 32 });
/** Any length here: the server's password policy answers a short one with its reason. */
export const Password = Type.String({ minLength: 1, maxLength: 256 });
const WindowIds = Type.Array(Id, { maxItems: 64, uniqueItems: true });

export const AdminStaff = Type.Object({
  id: Type.String(),
  username: Type.String(),
  name: Type.String(),
  staffNo: Type.String(),
  role: Role,
  siteId: Type.String(),
  windowIds: Type.Array(Type.String()),
  active: Type.Boolean(),
});
export type AdminStaff = Static<typeof AdminStaff>;

export const CreateStaffBody = Type.Object(
  {
    username: Username,
    /** Checked by the password policy (HALLQ_E_WEAK_PASSWORD): 10+ characters, not the username, not common. */
    password: Password,
    name: Name,
    staffNo: Type.Optional(StaffNo),
    role: Role,
    siteId: Type.Optional(Id),
    windowIds: WindowIds,
  },
  { additionalProperties: false },
);
export type CreateStaffBody = Static<typeof CreateStaffBody>;

export const UpdateStaffBody = Type.Object(
  {
    name: Type.Optional(Name),
    staffNo: Type.Optional(StaffNo),
    role: Type.Optional(Role),
    windowIds: Type.Optional(WindowIds),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateStaffBody = Static<typeof UpdateStaffBody>;

export const StaffReply = Type.Object({ staff: AdminStaff });
export type StaffReply = Static<typeof StaffReply>;
export const StaffListReply = Type.Object({ staff: Type.Array(AdminStaff) });
export type StaffListReply = Static<typeof StaffListReply>;

/** An admin sets a new password: every session of that staff member ends. */
export const ResetPasswordBody = Type.Object(
  { password: Password },
  { additionalProperties: false },
);
export type ResetPasswordBody = Static<typeof ResetPasswordBody>;
