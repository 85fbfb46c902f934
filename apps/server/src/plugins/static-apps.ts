/**
 * Serves the built screens: /kiosk, /caller, /display, the admin console
 * /admin, the supervisor screen /supervisor (each a Vite build in
 * apps/<name>/dist), the rating pad /rate (apps/rater/dist) and the village agent's
 * page /agent (apps/agent/dist), plus the visitor's phone page behind the QR code
 * (status-page/).
 */
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import statusPage from '../status-page/status-page';

export const SCREENS = ['kiosk', 'caller', 'display', 'admin', 'supervisor'] as const;

/** Each screen's address and its app: the rating pad (评价器, apps/rater) is at /rate/. */
const MOUNTS: readonly (readonly [string, string])[] = [
  ...SCREENS.map((s) => [s, s] as const),
  ['rate', 'rater'],
  // 全程代办: the village agent's page (apps/agent).
  ['agent', 'agent'],
];

/** apps/ — found by walking up, so the same code works from src/ and from the dist/ bundle. */
function findAppsDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'kiosk', 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) return path.resolve('apps');
    dir = up;
  }
  return dir;
}
const appsDir = findAppsDir();

export default fp(
  async (app) => {
    let first = true;
    for (const [screen, appName] of MOUNTS) {
      const root = path.join(appsDir, appName, 'dist');
      if (!existsSync(root)) {
        app.get(`/${screen}`, async (_req, reply) =>
          reply
            .status(503)
            .type('text/html; charset=utf-8')
            .send(
              `<meta charset="utf-8"><p>${screen} 页面尚未构建：请运行 <code>pnpm build</code>。</p>`,
            ),
        );
        continue;
      }
      await app.register(fastifyStatic, {
        root,
        prefix: `/${screen}/`,
        decorateReply: first,
        redirect: true,
        index: 'index.html',
      });
      first = false;
      // Client-side routes (e.g. /caller/login) fall back to the app's page.
      app.get(`/${screen}`, async (_req, reply) => reply.redirect(`/${screen}/`));
    }
    app.get('/', async (_req, reply) => reply.redirect('/kiosk/'));
    // The visitor's phone page behind the ticket's QR code (its own plugin).
    await app.register(statusPage);
  },
  { name: 'static-apps' },
);
