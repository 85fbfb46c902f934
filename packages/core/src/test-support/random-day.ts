/**
 * A random day in the hall, the pure way: generated steps run through decide
 * and evolve, with times that advance and sometimes cross midnight. After
 * every step the invariants of SPEC.md must hold.
 */
import { expect } from 'vitest';
import type { Command } from '../commands';
import { decide } from '../decide';
import { evolve } from '../evolve';
import { initialState } from '../initial-state';
import type { Catalog, PriorityRatio } from '../model';
import { Observer } from './event-observer';
import { catalog as baseCatalog, local } from './fixture';
import { deepFreeze } from './freeze';
import type { Intent } from './hall-intents';
import { checkFacts, checkState } from './hall-invariants';
import { resolve } from './resolve-intent';

/** The fixture hall with every site at the given priority ratio. */
export function withRatio(r: PriorityRatio): Catalog {
  const sites = Object.fromEntries(
    Object.entries(baseCatalog.sites).map(([id, site]) => [id, { ...site, priorityRatio: r }]),
  );
  return deepFreeze({ ...baseCatalog, sites });
}

/** Runs the steps from an empty hall, checking every event and every state. */
export function runSteps(
  r: PriorityRatio,
  steps: Array<[Intent, number]>,
  opening: Command[] = [],
): void {
  let state = deepFreeze(initialState(withRatio(r)));
  const observer = new Observer(r);
  const known: string[] = [];
  let at = local(1, '08:50');
  const run = (command: Command) => {
    const snapshot = JSON.stringify(state);
    const decision = decide(state, command);
    if (!decision.ok) {
      // Q20: an error changes nothing.
      expect(JSON.stringify(state)).toBe(snapshot);
      return;
    }
    for (const event of decision.events) {
      observer.see(state, event);
      checkFacts(state, event);
      if (event.type === 'ticket.issued') known.push(event.ticket.id);
      state = deepFreeze(evolve(state, event)); // a frozen input: evolve may not write to it
    }
    checkState(state, observer);
  };
  opening.forEach(run);
  steps.forEach(([step, dt], serial) => {
    at += dt;
    run(resolve(state, step, at, serial, known));
  });
}
