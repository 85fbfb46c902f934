/**
 * The socket.io contract beside the OpenAPI page: `/docs/asyncapi.json` (the
 * AsyncAPI 3.0 document generated from the protocol's TypeBox schemas) and
 * `/docs/events`, the same document as a plain page an integrator can read.
 *
 * The page is rendered here, as static HTML with no script: AsyncAPI's own
 * viewer is a large React bundle that would have to be vendored and served
 * under the CSP for one reference page, while the document is a list of
 * messages with their fields.
 */
import { asyncApiDocument } from '@hallq/protocol';

type Json = Record<string, unknown>;

const esc = (s: unknown) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** A short type label of a JSON schema: string, integer, "front" | "back", TicketRef-like objects as object. */
function typeOf(schema: Json): string {
  if ('const' in schema) return JSON.stringify(schema.const);
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Json[]).map(typeOf).join(' | ');
  if (Array.isArray(schema.allOf)) return (schema.allOf as Json[]).map(typeOf).join(' & ');
  if (schema.type === 'array') return `${typeOf((schema.items ?? {}) as Json)}[]`;
  if (schema.type === 'object' && schema.patternProperties) return 'map';
  return typeof schema.type === 'string' ? schema.type : 'any';
}

/** The rows of a payload's fields, nested objects indented by their path. */
function fieldRows(schema: Json, prefix = ''): string[] {
  const props = (schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema.required ?? []) as string[]);
  const rows: string[] = [];
  for (const [name, field] of Object.entries(props)) {
    const path = prefix ? `${prefix}.${name}` : name;
    rows.push(
      `<tr><td><code>${esc(path)}</code></td><td>${esc(typeOf(field))}</td><td>${required.has(name) ? '' : 'optional'}</td><td>${esc(field.description)}</td></tr>`,
    );
    if (field.type === 'object' && field.properties) rows.push(...fieldRows(field, path));
  }
  return rows;
}

export function asyncApiPage(doc: Json): string {
  const info = doc.info as Json;
  const channels = doc.channels as Record<string, Json>;
  const messages = (doc.components as Json).messages as Record<string, Json>;
  const sections = Object.entries(channels).map(([id, channel]) => {
    const ids = Object.keys((channel.messages ?? {}) as Json);
    const body = ids
      .map((mid) => {
        const m = messages[mid] as Json;
        const payload = m.payload as Json;
        const rows = payload.properties ? fieldRows(payload) : [];
        return `<section id="${esc(mid)}"><h3><code>${esc(m.name)}</code></h3><p>${esc(m.summary)}</p>${
          rows.length
            ? `<table><thead><tr><th>field</th><th>type</th><th></th><th></th></tr></thead><tbody>${rows.join('')}</tbody></table>`
            : `<pre>${esc(JSON.stringify(payload, null, 2))}</pre>`
        }</section>`;
      })
      .join('');
    return `<h2>${esc(channel.title ?? id)} <small><code>${esc(channel.address)}</code></small></h2><p>${esc(channel.description)}</p>${body}`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(info.title)}</title>
<style>body{font:15px/1.5 system-ui,"WenQuanYi Zen Hei",sans-serif;max-width:980px;margin:2em auto;padding:0 1em;color:#1d2733}
table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}td,th{border-bottom:1px solid #dde3ea;padding:.25em .5em;text-align:left;vertical-align:top}
code{background:#f2f5f8;padding:0 .25em;border-radius:3px}h3{margin-bottom:.2em}small{font-weight:normal}</style></head>
<body><h1>${esc(info.title)}</h1><p>Version ${esc(info.version)} · <a href="/docs/asyncapi.json">asyncapi.json</a> · <a href="/docs">REST API (OpenAPI)</a></p>
<p>${esc(info.description)}</p>${sections.join('')}</body></html>`;
}

export { asyncApiDocument };
