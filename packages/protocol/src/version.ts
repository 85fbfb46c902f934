/** Bumped on any incompatible change of the REST or socket contract. */
export const PROTOCOL_VERSION = 2;
