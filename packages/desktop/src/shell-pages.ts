/**
 * The two pages the shell shows on its own, as data: URLs (no server, no
 * files): the config error page and the "connecting to the server" page.
 * zh-CN first, English below for a visiting technician.
 */
import type { AppKind } from '@hallq/protocol';
import type { DesktopConfigError } from './config';

const APP_NAMES: Record<AppKind, string> = {
  kiosk: '取号机',
  caller: '窗口呼叫终端',
  display: '大厅叫号屏',
};

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const page = (title: string, body: string): string =>
  'data:text/html;charset=utf-8,' +
  encodeURIComponent(
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
      '<style>body{font:20px/1.6 system-ui,"Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;' +
      'margin:8vh 8vw;color:#1f2937}h1{font-size:32px}code,pre{background:#f3f4f6;padding:2px 6px}' +
      'pre{padding:12px;font-size:16px}.en{color:#6b7280;font-size:16px}</style></head>' +
      `<body>${body}</body></html>`,
  );

const EXAMPLE = `{
  "serverUrl": "http://10.0.0.2:8080",
  "deviceToken": "（服务器为本机签发的令牌）",
  "autoStart": true,
  "printer": { "url": "tcp://10.0.0.31:9100", "paperWidth": 80 }
}`;

export function configErrorPage(app: AppKind, error: DesktopConfigError): string {
  const items = error.problems
    .map(
      (p) =>
        `<li><code>${escapeHtml(p.field || '(文件)')}</code> ${escapeHtml(p.zh)}` +
        `<div class="en">${escapeHtml(p.en)}</div></li>`,
    )
    .join('');
  return page(
    '设备配置有误',
    `<h1>${APP_NAMES[app]}无法启动：设备配置有误</h1>` +
      `<p>配置文件：<code>${escapeHtml(error.path)}</code></p><ul>${items}</ul>` +
      '<p>请管理员修改配置文件后重新启动本程序。配置文件示例（<code>printer</code> 仅取号机需要）：</p>' +
      `<pre>${escapeHtml(EXAMPLE)}</pre>` +
      '<p class="en">The device config file is missing or invalid. Fix it and restart the app.</p>',
  );
}

export function waitingPage(app: AppKind): string {
  return page(
    '正在连接服务器',
    `<h1>${APP_NAMES[app]}正在连接服务器，请稍候…</h1>` +
      '<p>连接成功后将自动打开。</p><p class="en">Connecting to the hallq server…</p>',
  );
}
