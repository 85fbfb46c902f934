/**
 * The villager's progress link as a QR code (drawn by the qrcode package as
 * SVG): the agent shows it on the phone, the villager scans it and follows
 * the 代办 on the status page (/t/<id>).
 */
import { useEffect, useState } from 'react';
import QRCode from 'qrcode';

export function StatusQr({ url, label }: { url: string; label: string }) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    let live = true;
    QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
      .then((svg) => live && setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`))
      .catch(() => live && setSrc(undefined));
    return () => {
      live = false;
    };
  }, [url]);
  return (
    <figure className="agent-qr">
      {src ? <img src={src} alt={label} data-url={url} /> : null}
      <figcaption>
        <a href={url}>{url}</a>
      </figcaption>
    </figure>
  );
}
