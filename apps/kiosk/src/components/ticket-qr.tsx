/** The QR code of the ticket's status page, drawn by the qrcode package as SVG. */
import { useEffect, useState } from 'react';
import QRCode from 'qrcode';

export function TicketQr({ url, label }: { url: string; label: string }) {
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
    <figure className="k-qr">
      {src ? (
        <img src={src} alt={label} data-url={url} />
      ) : (
        <div className="k-qr-blank" aria-hidden />
      )}
      <figcaption>{label}</figcaption>
    </figure>
  );
}
