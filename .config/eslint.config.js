// Lint for the whole workspace. The import-boundary rules below are the
// dependency rules of the architecture: breaking one fails `pnpm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const IO_MODULES = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'net',
  'http',
  'https',
  'crypto',
  'child_process',
  'fastify',
  'fastify*',
  '@fastify/*',
  'socket.io',
  'socket.io-client',
  'better-sqlite3',
  'electron',
  'react',
  'react-dom',
  'react-dom/*',
  'pino',
  'undici',
];
const group = (names, message) => ({ group: names, message });

/** Build a no-restricted-imports rule from pattern groups. */
const restrict = (...patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/*.d.ts', 'pnpm-lock.yaml', '**/.data/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // Nothing imports the server.
  {
    files: [
      'packages/**',
      'hardware/**',
      'apps/kiosk/**',
      'apps/caller/**',
      'apps/display/**',
      'apps/admin/**',
      'apps/supervisor/**',
      'apps/rater/**',
      'apps/agent/**',
    ],
    rules: restrict(group(['@hallq/server', '@hallq/server/*'], 'Nothing imports the server.')),
  },
  // core: pure. No IO, no project imports, no clock, no randomness.
  {
    files: ['packages/core/**'],
    rules: {
      ...restrict(
        group(IO_MODULES, 'packages/core is pure: no IO modules.'),
        group(['@hallq/*'], 'packages/core imports nothing of the project.'),
      ),
      'no-restricted-globals': [
        'error',
        'fetch',
        'setTimeout',
        'setInterval',
        'process',
        'window',
        'document',
        'crypto',
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'core has no clock: time comes in with the command.',
        },
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'core has no clock: time comes in with the command.',
        },
        {
          selector: "MemberExpression[object.name='Math'][property.name='random']",
          message: 'core has no randomness: ids come in with the command.',
        },
      ],
    },
  },
  // protocol: schemas and types; core only as types.
  {
    files: ['packages/protocol/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            group(IO_MODULES, 'packages/protocol is the wire contract: no IO modules.'),
            group(['@hallq/*', '!@hallq/core'], 'protocol may import only core.'),
          ],
          paths: [
            {
              name: '@hallq/core',
              message: 'protocol imports core as types only.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  // hall-view: the one reducer, shared by the server and the screens. Pure.
  {
    files: ['packages/hall-view/**'],
    rules: restrict(
      group(IO_MODULES, 'packages/hall-view is pure: no IO modules.'),
      group(['@hallq/*', '!@hallq/protocol'], 'hall-view may import only protocol.'),
    ),
  },
  // client: protocol, core and hall-view; a browser library.
  {
    files: ['packages/client/**'],
    rules: restrict(
      group(['node:*', 'fastify', 'better-sqlite3', 'electron'], 'client runs in the browser.'),
      group(
        ['@hallq/*', '!@hallq/protocol', '!@hallq/core', '!@hallq/hall-view'],
        'client may import only protocol, core and hall-view.',
      ),
    ),
  },
  {
    files: ['packages/ui/**'],
    rules: restrict(
      group(['node:*', 'electron', 'socket.io*'], 'ui is presentational.'),
      group(['@hallq/*', '!@hallq/protocol'], 'ui may import only protocol.'),
    ),
  },
  {
    files: ['packages/desktop/**'],
    rules: restrict(group(['@hallq/*', '!@hallq/protocol'], 'desktop may import only protocol.')),
  },
  // Renderers: client, ui, protocol. No main-process modules.
  {
    files: [
      'apps/kiosk/src/**',
      'apps/caller/src/**',
      'apps/display/src/**',
      'apps/admin/src/**',
      'apps/supervisor/src/**',
      'apps/rater/src/**',
      'apps/agent/src/**',
    ],
    rules: restrict(
      group(
        ['node:*', 'electron', 'better-sqlite3', 'fastify'],
        'A renderer has no Node: use the preload bridge.',
      ),
      group(
        ['@hallq/*', '!@hallq/client', '!@hallq/client/*', '!@hallq/ui', '!@hallq/protocol'],
        'A renderer imports only client, ui and protocol.',
      ),
    ),
  },
  // Electron main processes: desktop, printer, protocol.
  {
    files: ['apps/kiosk/electron/**', 'apps/caller/electron/**', 'apps/display/electron/**'],
    rules: restrict(
      group(
        ['@hallq/*', '!@hallq/desktop', '!@hallq/desktop/*', '!@hallq/printer', '!@hallq/protocol'],
        'A main process imports desktop, printer and protocol.',
      ),
    ),
  },
  {
    files: ['apps/server/**'],
    rules: restrict(
      group(['electron', 'react', 'react-dom'], 'The server has no UI.'),
      group(
        ['@hallq/*', '!@hallq/core', '!@hallq/protocol', '!@hallq/hall-view', '!@hallq/printer'],
        'server imports core, protocol, hall-view and printer.',
      ),
    ),
  },
  {
    files: ['hardware/printer/**'],
    rules: restrict(group(['@hallq/*'], 'The printer driver stands alone.')),
  },
  {
    files: ['hardware/printer-emulator/src/**'],
    rules: restrict(
      group(['@hallq/*'], 'The emulator stands alone; only its tests use the driver.'),
    ),
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-syntax': 'off', 'no-restricted-globals': 'off' },
  },
);
