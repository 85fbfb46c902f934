/** @hallq/server — for scripts and tests that run the server; no package imports it. */
export { buildApp, type AppOptions } from './app';
export { loadConfig, type Config } from './config';
export { startServer, prepareDataDir, DEFAULT_DEMO_PRINTER } from './start-server';
export { scryptMemoryAdvice, currentRuntime, MMAP_THRESHOLD_BYTES } from './memory-advice';
export { ManualClock, systemClock, type Clock } from './clock';
export { seedDemo, DEMO_CREDENTIALS_FILE, type DemoCredentials } from './demo/seed';
export type { DemoPasswords } from './demo/demo-passwords';
export { openDatabase } from './store/open-database';
export { loggerOptions } from './security/log-redaction';
export { generateHistory, type HistoryOptions, type HistoryResult } from './demo/history';
export {
  dayPopulation,
  minutesToMs,
  OPENS_MIN,
  LAST_ARRIVAL_MIN,
  type PopulationOptions,
  type Visitor,
} from './demo/day-population';
export { pick, seededRandom, type Rng } from './demo/random';
