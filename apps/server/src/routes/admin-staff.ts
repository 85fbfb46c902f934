/**
 * Admin API, staff (人员): list, create, edit, disable, enable, reset a
 * password. Admin or supervisor sessions, scoped to the caller's site (the
 * district hall's staff see every site). A clerk created here signs in at once; one disabled
 * here, or whose password is reset, is signed out everywhere at once.
 * A supervisor cannot act on an admin's account nor make anyone an admin.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  CreateStaffBody,
  EmptyBody,
  ErrorBody,
  IdParams,
  ResetPasswordBody,
  StaffListReply,
  StaffReply,
  UpdateStaffBody,
} from '@hallq/protocol';
import { adminCaller } from '../plugins/admin';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['admin'];

const routes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const onRequest = app.requireStaff(['admin', 'supervisor']);

  app.get(
    '/staff',
    {
      onRequest,
      schema: {
        tags,
        summary: '人员: the staff of the caller’s site (admin, supervisor)',
        response: { 200: StaffListReply, ...errors },
      },
    },
    async (request) => ({ staff: app.admin.staff.list(adminCaller(request)) }),
  );

  app.post(
    '/staff',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Create a staff account; they can sign in at once (admin, supervisor)',
        body: CreateStaffBody,
        response: { 201: StaffReply, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send({ staff: await app.admin.staff.create(adminCaller(request), request.body) }),
  );

  app.patch(
    '/staff/:id',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Change a staff member’s name, number, role or windows (admin, supervisor)',
        params: IdParams,
        body: UpdateStaffBody,
        response: { 200: StaffReply, ...errors },
      },
    },
    async (request) => ({
      staff: app.admin.staff.update(adminCaller(request), request.params.id, request.body),
    }),
  );

  app.post(
    '/staff/:id/disable',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Disable an account: its sessions and sockets end at once (admin, supervisor)',
        params: IdParams,
        body: EmptyBody,
        response: { 200: StaffReply, ...errors },
      },
    },
    async (request) => ({
      staff: app.admin.staff.disable(adminCaller(request), request.params.id),
    }),
  );

  app.post(
    '/staff/:id/enable',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Enable a disabled account again (admin, supervisor)',
        params: IdParams,
        body: EmptyBody,
        response: { 200: StaffReply, ...errors },
      },
    },
    async (request) => ({
      staff: app.admin.staff.enable(adminCaller(request), request.params.id),
    }),
  );

  app.post(
    '/staff/:id/password',
    {
      onRequest,
      schema: {
        tags,
        summary:
          'Reset a password (policy: HALLQ_E_WEAK_PASSWORD); every session of theirs ends at once (admin, supervisor)',
        params: IdParams,
        body: ResetPasswordBody,
        response: { 200: StaffReply, ...errors },
      },
    },
    async (request) => ({
      staff: await app.admin.staff.resetPassword(
        adminCaller(request),
        request.params.id,
        request.body.password,
      ),
    }),
  );
};

export default routes;
