import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  appUrl,
  configWarnings,
  DesktopConfigError,
  loadDesktopConfig,
  parseDesktopConfig,
  resolveConfigPath,
  serverOrigin,
} from './config';

const dir = mkdtempSync(join(tmpdir(), 'hallq-desktop-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const writeConfig = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** The problems a config is rejected with. */
const problemsOf = (raw: unknown) => {
  try {
    parseDesktopConfig(raw, 'test.json');
  } catch (error) {
    if (error instanceof DesktopConfigError) return error.problems;
    throw error;
  }
  throw new Error('config was accepted');
};

describe('config file location', () => {
  it('uses HALLQ_DESKTOP_CONFIG when set', () => {
    expect(
      resolveConfigPath({ HALLQ_DESKTOP_CONFIG: '/etc/hallq/kiosk.json' }, '/home/u/.config/k'),
    ).toBe('/etc/hallq/kiosk.json');
  });

  it('falls back to hallq.json in the user data directory', () => {
    expect(resolveConfigPath({ HALLQ_DESKTOP_CONFIG: '  ' }, '/home/u/.config/k')).toBe(
      join('/home/u/.config/k', 'hallq.json'),
    );
    expect(resolveConfigPath({}, '/data')).toBe(join('/data', 'hallq.json'));
  });
});

describe('loading the config file', () => {
  it('reads a valid kiosk config', () => {
    const path = writeConfig(
      'kiosk.json',
      JSON.stringify({
        serverUrl: 'http://10.0.0.2:8080/',
        deviceToken: 'dev-kiosk-1',
        autoStart: true,
        printer: { url: 'tcp://10.0.0.31:9100', paperWidth: 80 },
      }),
    );
    const config = loadDesktopConfig(path);
    expect(config.printer).toEqual({ url: 'tcp://10.0.0.31:9100', paperWidth: 80 });
    expect(appUrl(config, '/kiosk')).toBe('http://10.0.0.2:8080/kiosk');
    expect(serverOrigin(config)).toBe('http://10.0.0.2:8080');
  });

  it('reports a missing file clearly, naming the path', () => {
    const path = join(dir, 'absent.json');
    expect(() => loadDesktopConfig(path)).toThrow(DesktopConfigError);
    try {
      loadDesktopConfig(path);
    } catch (error) {
      const configError = error as DesktopConfigError;
      expect(configError.path).toBe(path);
      expect(configError.problems).toEqual([
        { field: '', zh: '找不到配置文件', en: 'file not found' },
      ]);
      expect(configError.message).toContain(path);
    }
  });

  it('reports a file that is not JSON', () => {
    const path = writeConfig('broken.json', '{ "serverUrl": "http://x", }');
    expect(() => loadDesktopConfig(path)).toThrow(/not valid JSON/);
  });
});

describe('config validation', () => {
  const valid = { serverUrl: 'https://hall.example.gov.cn', deviceToken: 'tok' };

  it('accepts the minimal config of a caller or display', () => {
    expect(parseDesktopConfig(valid, 'test.json')).toEqual(valid);
  });

  it('names each missing field', () => {
    const [problem] = problemsOf({});
    expect(problem?.en).toMatch(/serverUrl/);
    expect(problem?.en).toMatch(/deviceToken/);
    expect(problem?.zh).toMatch(/serverUrl/);
  });

  it('rejects a misspelt key instead of ignoring it', () => {
    expect(problemsOf({ ...valid, serverURL: 'http://x' })).toEqual([
      {
        field: '/serverURL',
        zh: expect.stringContaining('未知的配置项'),
        en: 'unknown key "serverURL" (a typo?)',
      },
    ]);
  });

  it('rejects an empty token and a server URL that is not http(s)', () => {
    expect(problemsOf({ ...valid, deviceToken: '' }).map((p) => p.field)).toEqual(['/deviceToken']);
    const [problem] = problemsOf({ ...valid, serverUrl: 'hall.example:8080' });
    expect(problem?.field).toBe('/serverUrl');
    expect(problem?.en).toContain('http:// or https://');
    expect(problemsOf({ ...valid, serverUrl: 'http://x/?a=1' })[0]?.field).toBe('/serverUrl');
  });

  it('checks the printer URL scheme and the paper width', () => {
    expect(problemsOf({ ...valid, printer: { url: 'lpt1' } })[0]?.field).toBe('/printer/url');
    const [width] = problemsOf({
      ...valid,
      printer: { url: 'usb://0x0416:0x5011', paperWidth: 76 },
    });
    expect(width).toMatchObject({
      field: '/printer/paperWidth',
      en: expect.stringContaining('58 / 80'),
    });
    for (const url of ['serial:///dev/ttyUSB0?baud=9600', 'usb://0x0416:0x5011', 'serial://COM3']) {
      expect(parseDesktopConfig({ ...valid, printer: { url } }, 't').printer).toEqual({ url });
    }
    expect(problemsOf({ ...valid, printer: { url: 'http://10.0.0.31:9100' } })[0]?.field).toBe(
      '/printer/url',
    );
  });

  it('rejects a config that is not an object', () => {
    expect(problemsOf([valid])).not.toHaveLength(0);
    expect(problemsOf(null)).not.toHaveLength(0);
  });
});

describe('plain http:// server URLs', () => {
  const valid = { deviceToken: 't' };

  it('refuses a public address over http://, with the reason in both languages', () => {
    const [problem, ...rest] = problemsOf({ ...valid, serverUrl: 'http://8.8.8.8:8080' });
    expect(rest).toEqual([]);
    expect(problem?.field).toBe('/serverUrl');
    expect(problem?.en).toContain('https://');
    expect(problem?.zh).toContain('https://');
    expect(problemsOf({ ...valid, serverUrl: 'http://hallq.example.gov.cn' })).toHaveLength(1);
  });

  it('accepts https:// anywhere and http:// on the private network, without warnings', () => {
    for (const serverUrl of ['https://hallq.example.gov.cn', 'http://192.168.3.4:8080']) {
      const config = parseDesktopConfig({ ...valid, serverUrl }, 'test.json');
      expect(configWarnings(config)).toEqual([]);
    }
  });

  it('accepts a LAN host name over http:// with a warning', () => {
    const config = parseDesktopConfig({ ...valid, serverUrl: 'http://hallq.local:8080' }, 't');
    expect(configWarnings(config)).toEqual([
      expect.objectContaining({
        field: '/serverUrl',
        en: expect.stringContaining('plain http://'),
      }),
    ]);
  });
});
