/**
 * The clerk's window: call next, call a chosen ticket, pause and resume, its
 * queue and figures. The commands and the reads are registered in this
 * order, which is also their order in the OpenAPI document.
 */
import type { FastifyPluginAsync } from 'fastify';
import windowCommandRoutes from './window-commands';
import windowReadRoutes from './window-reads';

const routes: FastifyPluginAsync = async (app) => {
  await app.register(windowCommandRoutes);
  await app.register(windowReadRoutes);
};

export default routes;
