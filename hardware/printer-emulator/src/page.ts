/** The emulator's page (GET /): recent jobs newest first, the fault switches, auto-refresh. */
import type { EmulatorMode } from './emulator-mode';
import { escapeHtml, PAPER_CSS, receiptHtml } from './html-preview';
import type { Receipt } from './receipt';

const FAULTS: Array<[string, EmulatorMode]> = [
  ['正常', {}],
  ['纸将尽', { paperNearEnd: true }],
  ['缺纸', { paperOut: true }],
  ['开盖', { coverOpen: true }],
  ['离线', { offline: true }],
  ['缓慢 (8 s)', { slowMs: 8000 }],
  ['断线', { dropMidJob: true }],
];

const PAGE_CSS = `
body { margin: 0; font-family: 'WenQuanYi Zen Hei', 'Noto Sans CJK SC', sans-serif; background: #e9ecef; color: #222; }
header { padding: 12px 20px; background: #2b3a4a; color: #fff; }
header h1 { margin: 0 0 4px; font-size: 20px; }
header p { margin: 0; font-size: 13px; opacity: .85; }
.controls { padding: 10px 20px; display: flex; gap: 8px; flex-wrap: wrap; align-items: center; font-size: 14px; }
.controls button { padding: 4px 10px; font-size: 14px; }
.controls .on { outline: 2px solid #d9480f; }
main { display: flex; flex-wrap: wrap; gap: 24px; padding: 12px 20px 40px; align-items: flex-start; }
figure { margin: 0; }
figcaption { font-size: 12px; color: #555; margin-bottom: 4px; }
figcaption a { color: #1c5d99; }
.empty { color: #666; padding: 20px; }
`;

const SCRIPT = `
async function setMode(mode) {
  await fetch('/mode', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(mode) });
  location.reload();
}
async function clearJobs() { await fetch('/jobs', { method: 'DELETE' }); location.reload(); }
`;

export interface PageInfo {
  tcpAddress: string;
  mode: EmulatorMode;
  timeZone?: string;
}

function time(epochMs: number, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone,
    dateStyle: 'short',
    timeStyle: 'medium',
  }).format(epochMs);
}

export async function renderPage(receipts: Receipt[], info: PageInfo, limit = 30): Promise<string> {
  const recent = [...receipts].reverse().slice(0, limit);
  const modeJson = JSON.stringify(info.mode);
  const buttons = FAULTS.map(([label, mode]) => {
    const on = JSON.stringify(mode) === modeJson ? ' class="on"' : '';
    return `<button${on} onclick='setMode(${escapeHtml(JSON.stringify(mode))})'>${escapeHtml(label)}</button>`;
  }).join('');
  const jobs = await Promise.all(
    recent.map(
      async (r) =>
        `<figure><figcaption>#${r.id} · ${escapeHtml(time(r.receivedAt, info.timeZone))} · ` +
        `<a href="/jobs/${r.id}.txt">文本</a> · <a href="/jobs/${r.id}">JSON</a></figcaption>${await receiptHtml(r)}</figure>`,
    ),
  );
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="2">
<title>虚拟小票打印机 · hallq printer emulator</title>
<style>${PAGE_CSS}${PAPER_CSS}</style>
<script>${SCRIPT}</script>
</head>
<body>
<header>
<h1>虚拟小票打印机</h1>
<p>ESC/POS 网络打印机 ${escapeHtml(info.tcpAddress)} · 共 ${receipts.length} 张小票 · 每 2 秒自动刷新</p>
</header>
<div class="controls">模拟故障：${buttons}<button onclick="clearJobs()">清空小票</button>
<span>当前模式：<code>${escapeHtml(modeJson)}</code></span></div>
<main>${jobs.length > 0 ? jobs.join('\n') : '<p class="empty">还没有打印任何小票。在取号机上取一个号，小票会出现在这里。</p>'}</main>
</body>
</html>
`;
}
