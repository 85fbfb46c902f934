/**
 * Which printer addresses the server may connect to. The server prints for
 * kiosks in a plain browser by opening a TCP socket to the kiosk's printer;
 * an address an admin typed must not turn that into a way to reach any host
 * (another service on the server, a machine outside the hall). So a `tcp://`
 * printer is an IP literal on the hall's private networks (RFC 1918,
 * loopback, link-local, IPv6 unique-local) or a host named in
 * HALLQ_PRINTER_HOSTS; `usb://` and `serial://` stay on the machine.
 */
import { isIP } from 'node:net';
import { isPrivateIpv4, isPrivateIpv6 } from '@hallq/protocol';

/** Why `url` is refused, or undefined when the server may print to it. */
export function printerUrlProblem(
  url: string,
  allowedHosts: readonly string[],
): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not a URL';
  }
  if (parsed.protocol === 'usb:' || parsed.protocol === 'serial:') return undefined;
  if (parsed.protocol !== 'tcp:') return 'only tcp://, usb:// or serial://';
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (!parsed.port) return 'a tcp:// printer needs a port (usually 9100)';
  if (allowedHosts.includes(host.toLowerCase())) return undefined;
  const family = isIP(host);
  if (family === 4 && isPrivateIpv4(host)) return undefined;
  if (family === 6 && isPrivateIpv6(host)) return undefined;
  return family === 0
    ? 'a printer host name must be listed in HALLQ_PRINTER_HOSTS'
    : 'not on the hall’s private network';
}

/** HALLQ_PRINTER_HOSTS: comma-separated host names or addresses. */
export function allowedPrinterHosts(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
}
