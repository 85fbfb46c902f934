import { randomBytes } from 'node:crypto';

/**
 * Ticket ids are unguessable (96 random bits): the status page behind the QR
 * code is open. The bytes come from a pool filled 256 ids at a time, because
 * one randomBytes call per ticket was a measurable share of issuing.
 */
const ID_BYTES = 12;
let idPool = Buffer.alloc(0);
let idAt = 0;
export const newTicketId = (): string => {
  if (idAt + ID_BYTES > idPool.length) {
    idPool = randomBytes(ID_BYTES * 256);
    idAt = 0;
  }
  idAt += ID_BYTES;
  return `t_${idPool.subarray(idAt - ID_BYTES, idAt).toString('base64url')}`;
};
