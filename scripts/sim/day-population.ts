/** Who comes to the hall on a working day: kept with the demo history (apps/server/src/demo/day-population.ts). */
export {
  dayPopulation,
  minutesToMs,
  OPENS_MIN,
  LAST_ARRIVAL_MIN,
  type PopulationOptions,
  type Visitor,
} from '@hallq/server';
