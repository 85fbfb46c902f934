/**
 * @hallq/protocol — the wire contract between the server and every screen:
 * TypeBox schemas for REST payloads, the socket.io event maps, the error
 * codes and the protocol version. No IO; core is imported for types only.
 */
export { PROTOCOL_VERSION } from './version';
export { ERRORS, isHallqErrorCode, errorMessage, weekdaysZh } from './error-codes';
export type { HallqErrorCode } from './error-codes';
export * from './schemas/common';
export * from './schemas/catalog';
export * from './schemas/tickets';
export * from './schemas/windows';
export * from './schemas/auth';
export * from './schemas/queues';
export * from './schemas/window-reads';
export * from './schemas/device-status';
export * from './schemas/service-replies';
export * from './socket-events';
export * from './desktop-bridge';
export { windowRange } from './window-range';
export { isPrivateIpv4, isPrivateIpv6 } from './private-network';
export * from './schemas/ticket-status';
export * from './schemas/admin-staff';
export * from './schemas/item-guide';
export * from './schemas/admin-catalog';
export * from './schemas/admin-audit';
export * from './schemas/alerts';
export * from './schemas/admin-devices';
export * from './schemas/device-pairing';
export * from './schemas/site-tree';
export * from './schemas/ratings';
export * from './schemas/reports';
export * from './schemas/scores';
export * from './schemas/proxy';
export * from './schemas/rollup';
export { asyncApiDocument, eventChannel, type AsyncApiOptions } from './asyncapi';
export { HallEventSchemas } from './schemas/hall-events';
export * from './schemas/first-run';
