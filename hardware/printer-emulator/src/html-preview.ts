/**
 * A receipt as HTML that looks like the thermal paper: 80 mm wide, 48
 * half-width columns on 72 mm of print, each character size and alignment as
 * printed, the QR drawn from its payload (SVG from the `qrcode` package).
 */
import QRCode from 'qrcode';
import type { Receipt, ReceiptLine } from './receipt';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Dots per mm of a 203 dpi thermal head. */
const DOTS_PER_MM = 8;

export const PAPER_CSS = `
.paper { width: 80mm; box-sizing: border-box; padding: 4mm 4mm 2mm; background: #fffef8;
  color: #1a1a1a; box-shadow: 0 1px 4px rgba(0,0,0,.25); font-family: 'WenQuanYi Zen Hei Mono',
  'Noto Sans Mono CJK SC', 'Sarasa Mono SC', monospace; font-size: 3mm; line-height: 3.75mm; }
.paper .line { white-space: pre; overflow: hidden; min-height: 3.75mm; }
.paper .line > span { display: inline-block; }
.paper .bold { font-weight: bold; -webkit-text-stroke: 0.04em currentColor; }
.paper .qr { display: flex; margin: 1mm 0; }
.paper .qr svg { display: block; }
.paper .cut { border-top: 1px dashed #999; margin: 2mm -4mm 0; padding: .5mm 4mm 0; text-align: right;
  font-size: 2.5mm; color: #999; line-height: 1; }
.paper .interrupted { color: #b00; font-size: 2.5mm; margin-top: 2mm; }
`;

function lineHtml(line: ReceiptLine): string {
  const origin = line.align === 'center' ? 'center' : line.align === 'right' ? 'right' : 'left';
  // Height scales the font; a different width is a horizontal stretch, as the printer does.
  const stretch = line.width / line.height;
  const spanStyle =
    stretch === 1 ? '' : ` style="transform: scaleX(${stretch}); transform-origin: ${origin}"`;
  const style = `text-align: ${line.align}; font-size: ${3 * line.height}mm; line-height: ${3.75 * line.height}mm`;
  const bold = line.bold ? ' bold' : '';
  return `<div class="line${bold}" style="${style}"><span${spanStyle}>${escapeHtml(line.text)}</span></div>`;
}

async function qrHtml(data: string, moduleSize: number, align: string): Promise<string> {
  const modules = QRCode.create(data, { errorCorrectionLevel: 'M' }).modules.size;
  const sizeMm = ((modules + 2) * moduleSize) / DOTS_PER_MM;
  const svg = await QRCode.toString(data, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  const justify = align === 'center' ? 'center' : align === 'right' ? 'flex-end' : 'flex-start';
  const sized = svg.replace('<svg ', `<svg width="${sizeMm}mm" height="${sizeMm}mm" `);
  return `<div class="qr" style="justify-content: ${justify}" title="${escapeHtml(data)}">${sized}</div>`;
}

export async function receiptHtml(receipt: Receipt): Promise<string> {
  const parts: string[] = [];
  for (const element of receipt.elements) {
    if (element.type === 'line') parts.push(lineHtml(element.line));
    else if (element.type === 'qr')
      parts.push(await qrHtml(element.data, element.moduleSize, element.align));
    else parts.push(`<div class="cut">✂ ${element.partial ? '半切' : '全切'}</div>`);
  }
  if (receipt.interrupted) parts.push('<div class="interrupted">连接中断，小票不完整</div>');
  return `<div class="paper" id="job-${receipt.id}">${parts.join('\n')}</div>`;
}
