/**
 * Issuing tickets (kiosk) and acting on them (the clerk's window). Issuing
 * and reading are registered before the actions, which is also their order
 * in the OpenAPI document.
 */
import type { FastifyPluginAsync } from 'fastify';
import ticketIssueRoutes from './ticket-issue';
import ticketActionRoutes from './ticket-actions';

const routes: FastifyPluginAsync = async (app) => {
  await app.register(ticketIssueRoutes);
  await app.register(ticketActionRoutes);
};

export default routes;
