/**
 * Serves the built screens: /kiosk, /caller, /display (each a Vite build in
 * apps/<name>/dist), plus a tiny ticket status page behind the QR code.
 */
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const SCREENS = ['kiosk', 'caller', 'display'] as const;

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
    for (const screen of SCREENS) {
      const root = path.join(appsDir, screen, 'dist');
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
    // The status page's code and style are files, not inline (the CSP runs no inline script).
    app.get('/t/status.js', async (_req, reply) =>
      reply
        .type('text/javascript; charset=utf-8')
        .header('cache-control', 'no-cache')
        .send(STATUS_JS),
    );
    app.get('/t/status.css', async (_req, reply) =>
      reply.type('text/css; charset=utf-8').header('cache-control', 'no-cache').send(STATUS_CSS),
    );
    app.get('/t/:id', async (_request, reply) =>
      reply.type('text/html; charset=utf-8').send(STATUS_PAGE),
    );
  },
  { name: 'static-apps' },
);

/** A phone-sized page showing one ticket; its id is the last part of the path. */
const STATUS_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>排队进度</title>
<link rel="stylesheet" href="/t/status.css"></head>
<body><h1>排队进度</h1><div class="n" id="n">…</div><div class="s" id="s"></div>
<script src="/t/status.js"></script></body></html>`;

const STATUS_CSS = `body{font-family:system-ui,"WenQuanYi Zen Hei",sans-serif;text-align:center;padding:24px;color:#1f2937}
.n{font-size:64px;font-weight:700;color:#b91c1c}.s{font-size:24px;margin:12px}`;

const STATUS_JS = `const L={waiting:'等候中',called:'请到窗口办理',serving:'办理中',done:'已办结',noShow:'已过号',cancelled:'已取消',expired:'已过期'};
const id=location.pathname.split('/').pop().replace(/[^A-Za-z0-9_-]/g,'').slice(0,64);
async function f(){try{const r=await fetch('/api/v1/tickets/'+encodeURIComponent(id));const j=await r.json();
if(!r.ok){document.getElementById('s').textContent=j.error?.message||'查询失败';return}
const t=j.ticket;document.getElementById('n').textContent=t.number;
document.getElementById('s').textContent=t.status==='waiting'?'您前面还有 '+t.ahead+' 人等候':(t.status==='called'?'请到 '+t.windowNumber+' 号窗口办理':L[t.status]);
}catch{document.getElementById('s').textContent='网络中断，正在重试…'}}
f();setInterval(f,5000);
`;
