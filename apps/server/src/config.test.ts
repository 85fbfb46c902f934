import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('configuration from environment variables, validated at boot', () => {
  it('has working defaults: port 8080, demo mode, Asia/Shanghai', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 8080,
      HALLQ_MODE: 'demo',
      HALLQ_TIMEZONE: 'Asia/Shanghai',
      HALLQ_DATA_DIR: '.data',
    });
  });

  it('reads PORT and the other settings from the environment; empty values fall back to defaults', () => {
    const config = loadConfig({
      PORT: '9090',
      HALLQ_DATA_DIR: '/var/lib/hallq',
      HALLQ_MODE: 'production',
      HALLQ_TIMEZONE: 'Asia/Urumqi',
      HALLQ_PRINTER: 'tcp://192.168.1.50:9100',
      HALLQ_SESSION_HOURS: '',
    });
    expect(config).toMatchObject({
      PORT: 9090,
      HALLQ_DATA_DIR: '/var/lib/hallq',
      HALLQ_MODE: 'production',
      HALLQ_TIMEZONE: 'Asia/Urumqi',
      HALLQ_PRINTER: 'tcp://192.168.1.50:9100',
      HALLQ_SESSION_HOURS: 12,
    });
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['PORT', '80.5'],
    ['HALLQ_MODE', 'staging'],
    ['HALLQ_PRINTER', 'http://printer'],
    ['HALLQ_PUBLIC_URL', 'hall.example.cn'],
    ['HALLQ_SESSION_HOURS', '0'],
    ['LOG_LEVEL', 'loud'],
  ])('refuses %s=%s with a message naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(
      new RegExp(`invalid configuration.*${name}`),
    );
  });

  it('refuses an unknown time zone, naming HALLQ_TIMEZONE', () => {
    expect(() => loadConfig({ HALLQ_TIMEZONE: 'Mars/Olympus_Mons' })).toThrow(/HALLQ_TIMEZONE/);
  });
});
