/**
 * `pnpm --filter @hallq/server build`: one ES module, dist/main.js, that
 * plain `node` runs in production — no TypeScript compiler in the running
 * server (tsx costs about 40 MB of memory and a slower start). The project's
 * own packages (@hallq/*, TypeScript sources) are bundled in; npm packages
 * stay external and load from node_modules as usual (better-sqlite3 is native).
 */
import { build } from 'esbuild';

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
          args.path.startsWith('@hallq/') ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});
