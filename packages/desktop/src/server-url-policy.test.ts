import { describe, expect, it } from 'vitest';
import { serverUrlVerdict } from './server-url-policy';

const verdictOf = (url: string) => serverUrlVerdict(url).verdict;

describe('server URL policy', () => {
  it('accepts https:// anywhere', () => {
    expect(verdictOf('https://hallq.example.gov.cn/')).toBe('ok');
    expect(verdictOf('https://8.8.8.8:8443')).toBe('ok');
  });

  it('accepts plain http:// to the private networks', () => {
    for (const url of [
      'http://10.0.0.2:8080',
      'http://172.16.0.1',
      'http://172.31.255.254',
      'http://192.168.1.20:8080',
      'http://127.0.0.1:8080',
      'http://169.254.10.1',
      'http://[::1]:8080',
      'http://[fd12:3456::2]:8080',
      'http://[fe80::1]',
      'http://[::ffff:192.168.1.2]',
      'http://localhost:8080',
    ]) {
      expect(verdictOf(url), url).toBe('ok');
    }
  });

  it('refuses plain http:// to public addresses, however they are written', () => {
    for (const url of [
      'http://8.8.8.8',
      'http://172.32.0.1',
      'http://172.15.0.1',
      'http://11.0.0.1',
      'http://[2001:db8::1]',
      'http://[::ffff:8.8.8.8]',
      // The URL parser reads these as IPv4 (8.8.8.8 and 0.0.4.210): still public.
      'http://0x8080808',
      'http://1234',
    ]) {
      const verdict = serverUrlVerdict(url);
      expect(verdict.verdict, url).toBe('refuse');
      if (verdict.verdict === 'refuse') expect(verdict.en).toContain('https://');
    }
  });

  it('allows LAN host names over http:// with a warning', () => {
    for (const url of [
      'http://hallq.local:8080',
      'http://hallq.local.:8080',
      'http://hallq:8080',
      'http://queue.hall.lan',
      'http://hallq.home.arpa',
      'http://hallq.internal',
    ]) {
      const verdict = serverUrlVerdict(url);
      expect(verdict.verdict, url).toBe('warn');
      if (verdict.verdict === 'warn') expect(verdict.zh).toContain('https://');
    }
  });

  it('refuses public-looking host names over http://', () => {
    for (const url of [
      'http://hallq.example.gov.cn',
      'http://10.0.0.2.nip.io',
      'http://hallq.local.example.com',
      'http://locallan.com',
    ]) {
      expect(verdictOf(url), url).toBe('refuse');
    }
  });
});
