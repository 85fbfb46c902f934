/** Admin API, staff: 人员 (create, edit, disable, enable). */
import { Type, type Static } from 'typebox';
import { Id } from './common';
import { Role } from './auth';

const Username = Type.String({ minLength: 2, maxLength: 64, pattern: '^[A-Za-z0-9_.-]+$' });
const Name = Type.String({ minLength: 1, maxLength: 64 });
const StaffNo = Type.String({ maxLength: 32 });
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
    password: Type.String({ minLength: 8, maxLength: 256 }),
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
