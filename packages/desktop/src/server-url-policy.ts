/**
 * Whether the shell may talk to its server over the given URL. Over plain
 * http:// the device token, every ticket and (for the caller) the clerk's
 * password cross the wire in clear text, so http:// is only accepted where
 * the hall owns the wire: an IP literal on a private network (RFC 1918,
 * loopback, link-local, IPv6 unique-local). https:// is fine anywhere.
 *
 * The private ranges are the server's printer check's too
 * (@hallq/protocol private-network.ts).
 */
import { isIP } from 'node:net';
import { isPrivateIpv4, isPrivateIpv6 } from '@hallq/protocol';

export type ServerUrlVerdict =
  | { verdict: 'ok' }
  /** Allowed, but the shell says so loudly at every start. */
  | { verdict: 'warn'; zh: string; en: string }
  /** The shell refuses to start (config error page). */
  | { verdict: 'refuse'; zh: string; en: string };

/**
 * Suffixes reserved for names that never resolve on the public internet:
 * mDNS `.local` (RFC 6762), `.home.arpa` (RFC 8375), `.internal` (reserved by
 * ICANN for private use), and `.lan`, which is not reserved but is what hall
 * routers hand out.
 */
const LAN_SUFFIXES = ['.local', '.lan', '.home.arpa', '.internal'];

/**
 * The verdict for `serverUrl` (already known to parse as http:// or https://).
 *
 * Host names over http:// are a judgement call. A name is resolved at run
 * time, so the shell cannot prove it stays on the hall's network; but hall
 * LANs are commonly set up with names like `hallq.local` or a bare `hallq`,
 * and refusing them would only push technicians to hard-code an IP. So a name
 * that cannot be a public DNS name (single label, or a LAN-only suffix) is
 * allowed with a loud warning at every start, and any other name
 * (`hallq.example.gov.cn`) is refused: it looks public, and a public name
 * deserves https://.
 */
export function serverUrlVerdict(serverUrl: string): ServerUrlVerdict {
  const url = new URL(serverUrl);
  if (url.protocol === 'https:') return { verdict: 'ok' };
  const host = url.hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
  const family = isIP(host);
  if (family === 4) return isPrivateIpv4(host) ? { verdict: 'ok' } : refusePublicIp(host);
  if (family === 6) return isPrivateIpv6(host) ? { verdict: 'ok' } : refusePublicIp(host);
  if (host === 'localhost' || host.endsWith('.localhost')) return { verdict: 'ok' };
  if (!host.includes('.') || LAN_SUFFIXES.some((suffix) => host.endsWith(suffix))) {
    return {
      verdict: 'warn',
      zh: `服务器地址 ${url.origin} 使用明文 http:// 和主机名：请确认它只解析到本大厅内网地址，最好改用 https://`,
      en: `the server ${url.origin} is plain http:// by host name: make sure it resolves only to the hall's private network, or better use https://`,
    };
  }
  return {
    verdict: 'refuse',
    zh: `"${host}" 看起来是公网域名，不能使用明文 http://：请改用 https://，或使用大厅内网 IP 地址`,
    en: `"${host}" looks like a public name; plain http:// is refused: use https://, or the server's private IP address`,
  };
}

function refusePublicIp(host: string): ServerUrlVerdict {
  return {
    verdict: 'refuse',
    zh: `${host} 不是大厅内网地址，不能使用明文 http://（设备令牌会被明文传输）：请改用 https://`,
    en: `${host} is not on the hall's private network; plain http:// would send the device token in clear text: use https://`,
  };
}
