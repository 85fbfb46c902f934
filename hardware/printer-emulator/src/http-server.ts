/**
 * The emulator's HTTP side (node:http: a handful of routes needs no framework):
 *   GET /               the page of recent jobs
 *   GET /jobs           all kept receipts as JSON, oldest first
 *   GET /jobs/:id       one receipt as JSON; /jobs/:id.txt as text; /jobs/:id.html as a page
 *   DELETE /jobs        forget all receipts
 *   GET /mode           the fault mode as JSON
 *   POST /mode          replace the fault mode (JSON EmulatorMode; {} is a healthy printer)
 *
 * The changing routes take requests from the emulator's own page or from a
 * tool (no Origin header) only, and POST takes `application/json` only: a web
 * page elsewhere cannot change the fault mode or clear the jobs behind a
 * developer's back (a cross-site form posts text/plain with its own Origin).
 */
import http from 'node:http';
import type { EmulatorMode } from './emulator-mode';
import { parseMode } from './emulator-mode';
import { PAPER_CSS, receiptHtml } from './html-preview';
import { renderPage } from './page';
import type { Receipt } from './receipt';
import { receiptToText } from './receipt-text';

export interface HttpBackend {
  tcpAddress: () => string;
  jobs: () => Receipt[];
  job: (id: number) => Receipt | undefined;
  clearJobs: () => void;
  mode: () => EmulatorMode;
  setMode: (mode: EmulatorMode) => Promise<void>;
}

const MAX_BODY_BYTES = 16 * 1024;

function send(res: http.ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(body);
}

const json = (res: http.ServerResponse, status: number, value: unknown): void =>
  send(res, status, 'application/json', JSON.stringify(value));

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A request from another site's page (its Origin names a host other than ours). */
function crossSite(req: http.IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

async function route(
  backend: HttpBackend,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const method = req.method ?? 'GET';

  if (path === '/' && method === 'GET') {
    return send(
      res,
      200,
      'text/html',
      await renderPage(backend.jobs(), { tcpAddress: backend.tcpAddress(), mode: backend.mode() }),
    );
  }
  if ((method === 'POST' || method === 'DELETE') && crossSite(req))
    return json(res, 403, { error: 'cross-site request refused' });
  if (path === '/jobs' && method === 'GET') return json(res, 200, backend.jobs());
  if (path === '/jobs' && method === 'DELETE') {
    backend.clearJobs();
    res.writeHead(204).end();
    return;
  }
  const one = /^\/jobs\/(\d+)(\.txt|\.html|\.json)?$/.exec(path);
  if (one && method === 'GET') {
    const receipt = backend.job(Number(one[1]));
    if (!receipt) return json(res, 404, { error: `no job ${one[1]}` });
    if (one[2] === '.txt') return send(res, 200, 'text/plain', receiptToText(receipt));
    if (one[2] === '.html') {
      const body = await receiptHtml(receipt);
      return send(
        res,
        200,
        'text/html',
        `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>#${receipt.id}</title><style>body{background:#e9ecef;padding:20px}${PAPER_CSS}</style></head><body>${body}</body></html>`,
      );
    }
    return json(res, 200, receipt);
  }
  if (path === '/mode' && method === 'GET') return json(res, 200, backend.mode());
  if (path === '/mode' && method === 'POST') {
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? ''))
      return json(res, 415, { error: 'send the mode as application/json' });
    let mode: EmulatorMode;
    try {
      mode = parseMode(JSON.parse(await readBody(req)));
    } catch (error) {
      return json(res, 400, { error: error instanceof Error ? error.message : String(error) });
    }
    await backend.setMode(mode);
    return json(res, 200, backend.mode());
  }
  return json(res, 404, { error: `no route ${method} ${path}` });
}

export function createHttpServer(backend: HttpBackend): http.Server {
  return http.createServer((req, res) => {
    route(backend, req, res).catch((error: unknown) => {
      if (!res.headersSent)
        json(res, 500, { error: error instanceof Error ? error.message : String(error) });
      else res.destroy();
    });
  });
}
