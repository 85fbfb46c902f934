/**
 * `pnpm --filter @hallq/server build`: one ES module, dist/main.js, that
 * plain `node` runs in production — no TypeScript compiler in the running
 * server (tsx costs about 40 MB of memory and a slower start). The project's
 * own packages (@hallq/*, TypeScript sources) are bundled in, and so is
 * TypeBox: it ships as some 700 small ES modules, whose resolving, linking
 * and compiling took about a third of a cold start (1.0–1.3 s → 0.85–0.93 s
 * on an empty hall when bundled). The other npm packages stay external and
 * load from node_modules as usual (better-sqlite3 is native; CommonJS
 * packages such as Fastify read files beside themselves).
 */
import { build } from 'esbuild';

const bundled = (specifier: string) =>
  specifier.startsWith('@hallq/') || specifier === 'typebox' || specifier.startsWith('typebox/');

await build({
  entryPoints: ['src/main.ts'],
  outfile: 'dist/main.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'npm-packages-external',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          bundled(args.path) ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});
