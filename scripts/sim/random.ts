/** The seeded PRNG lives with the demo history in the server (apps/server/src/demo/random.ts). */
export { pick, seededRandom, type Rng } from '@hallq/server';
