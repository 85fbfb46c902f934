export { useHallFeed } from './use-hall-feed';
export { MUTATION_DEFAULTS, QUERY_DEFAULTS, retryDelay, shouldRetry } from './query-defaults';
export { createRereader, rereadNow, type QueryKey, type Rereadable } from './reread';
export { usePairing, PAIRING_POLL_MS, type PairingState } from './use-pairing';
