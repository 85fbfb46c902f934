/**
 * Whether an IP literal is on the hall's own networks: RFC 1918, loopback,
 * link-local, IPv6 unique-local (fc00::/7) and link-local (fe80::/10), and
 * IPv4-mapped IPv6 of those. The server allows printers only there
 * (apps/server/src/security/printer-url.ts) and the Electron shell plain
 * http:// only there (packages/desktop/src/server-url-policy.ts). The caller
 * knows the family (node:net isIP): this file stays free of IO and Node.
 */
export function isPrivateIpv4(ip: string): boolean {
  const [a = -1, b = -1] = ip.split('.').map(Number);
  return (
    a === 10 ||
    a === 127 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254)
  );
}

export function isPrivateIpv6(ip: string): boolean {
  const lower = ip.toLowerCase();
  if (lower === '::1') return true;
  const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return isPrivateIpv4(dotted[1] as string);
  // The URL parser writes ::ffff:10.0.0.2 as ::ffff:a00:2.
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex) {
    const high = parseInt(hex[1] as string, 16);
    const low = parseInt(hex[2] as string, 16);
    return isPrivateIpv4(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
  }
  return /^f[cd][0-9a-f]{0,2}:/.test(lower) || /^fe[89ab][0-9a-f]?:/.test(lower);
}
