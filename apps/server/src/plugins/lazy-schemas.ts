/**
 * Route schemas compiled when first used, not at start.
 *
 * Fastify compiles every route's validators (Ajv) and response serializers
 * (fast-json-stringify) while the app boots: about a quarter of the server's
 * start, for some hundred schemas most of which a given morning never uses
 * before the first visitor. Here Fastify's own compilers (the same packages,
 * the same options) are wrapped so that each schema compiles on its first
 * request; `warm()` then compiles the rest in the background, one per
 * event-loop turn, once the server listens.
 *
 * Written here: Fastify has no lazy-compile option, and this is a thin
 * wrapper over its compiler factories (schemaController.compilersFactory).
 */
import ValidatorSelector from '@fastify/ajv-compiler';
import SerializerSelector from '@fastify/fast-json-stringify-compiler';

type Validate = ((data: unknown) => unknown) & { errors?: unknown };
type Serialize = (data: unknown) => string;
type RouteSchema = Record<string, unknown>;

export interface LazySchemas {
  compilersFactory: {
    buildValidator: (...args: unknown[]) => (route: RouteSchema) => Validate;
    buildSerializer: (...args: unknown[]) => (route: RouteSchema) => Serialize;
  };
  /**
   * Compiles every schema not yet used, one per turn of the event loop;
   * errors go to `onError`. Returns a function that stops it (the app closes).
   */
  warm(onError: (err: unknown) => void): () => void;
  /** Schemas still waiting for their first use (for tests). */
  readonly pending: number;
}

export function lazySchemas(): LazySchemas {
  const waiting = new Set<() => void>();
  const buildValidatorPool = ValidatorSelector() as unknown as (
    ...args: unknown[]
  ) => (route: RouteSchema) => Validate;
  const buildSerializerPool = SerializerSelector() as unknown as (
    ...args: unknown[]
  ) => (route: RouteSchema) => Serialize;

  /** `once` compiles at most once, whether a request or the warm-up asks first. */
  function deferred<F>(compile: () => F): () => F {
    let fn: F | undefined;
    const once = () => {
      if (fn === undefined) {
        fn = compile();
        waiting.delete(once);
      }
      return fn;
    };
    waiting.add(once);
    return once;
  }

  /**
   * One deferred compile per schema object within a pool, not per route and
   * part: some 90 routes declare the same error body for their 400, 401,
   * 403 and 404 replies (487 of the 594 serializers), and many share a
   * params schema. Ajv and fast-json-stringify read only the schema and the
   * pool's options, never the route's method, url or status.
   */
  function bySchema<F>(compiler: (route: RouteSchema) => F): (route: RouteSchema) => () => F {
    const compiled = new WeakMap<object, () => F>();
    return (route) => {
      const schema = route.schema as object;
      let once = compiled.get(schema);
      if (!once) {
        once = deferred(() => compiler(route));
        compiled.set(schema, once);
      }
      return once;
    };
  }

  return {
    compilersFactory: {
      buildValidator: (...pool) => {
        const compiledFor = bySchema(buildValidatorPool(...pool));
        return (route) => {
          const compiled = compiledFor(route);
          // Fastify reads `errors` off the function it was given, after a call.
          const validate: Validate = (data) => {
            const fn = compiled();
            const ok = fn(data);
            validate.errors = fn.errors;
            return ok;
          };
          return validate;
        };
      },
      buildSerializer: (...pool) => {
        // fast-json-stringify's `compileValidators` (the Ajv validator of every
        // anyOf branch built with its serializer, in this warm-up) was tried
        // and left off: the idle RSS after the warm-up rose from ~112–122 to
        // ~160 MB. Each branch's validator compiles on the first reply that
        // needs it (tens of ms, once).
        const compiledFor = bySchema(buildSerializerPool(...pool));
        return (route) => {
          const compiled = compiledFor(route);
          return (data) => compiled()(data);
        };
      },
    },
    warm(onError) {
      let stopped = false;
      // A referenced immediate: an unref'd one does not wake an idle event
      // loop, so the warm-up crept along one schema per request or timer
      // (about 50 s for the demo hall's 725 schemas) instead of taking ~0.5 s.
      const next = () => {
        const first = waiting.values().next();
        if (stopped || first.done) return;
        try {
          first.value();
        } catch (err) {
          // Left for its first request to report as well (a coded 500).
          waiting.delete(first.value);
          onError(err);
        }
        setImmediate(next);
      };
      setImmediate(next);
      return () => {
        stopped = true;
      };
    },
    get pending() {
      return waiting.size;
    },
  };
}
