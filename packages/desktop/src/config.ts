/**
 * The device config file of a hall machine (kiosk, caller or display): where
 * the server is, the device's token, and for a kiosk its ticket printer. It is
 * read once at boot and validated strictly, so a typo in the file shows up as
 * a clear message on the screen instead of a shell that half works.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Type, type Static } from 'typebox';
import { Locale } from 'typebox/system';
import { Value } from 'typebox/value';
import type { TLocalizedValidationError } from 'typebox/error';
import { serverUrlVerdict } from './server-url-policy';

/** Env var that overrides the config file's location (handy for a hall image or a test). */
export const CONFIG_ENV = 'HALLQ_DESKTOP_CONFIG';
export const CONFIG_FILE_NAME = 'hallq.json';

const PRINTER_SCHEMES = ['tcp', 'usb', 'serial'];

export const DesktopConfigSchema = Type.Object(
  {
    /** Base URL of the hallq server, e.g. http://10.0.0.2:8080 */
    serverUrl: Type.String({ minLength: 1 }),
    /** The token the server issued to this device. */
    deviceToken: Type.String({ minLength: 1 }),
    /** true: start with the OS session; false: stop doing so; absent: leave it as it is. */
    autoStart: Type.Optional(Type.Boolean()),
    /** Kiosk only: the thermal ticket printer. */
    printer: Type.Optional(
      Type.Object(
        {
          /** tcp://host:9100, usb://0x0416:0x5011 or serial:///dev/ttyUSB0?baud=9600 */
          url: Type.String({ minLength: 1 }),
          /** Paper width in millimetres; 80 when absent. */
          paperWidth: Type.Optional(Type.Enum([58, 80])),
        },
        { additionalProperties: false },
      ),
    ),
  },
  // Strict: a misspelt key ("serverURL") is an error, not a silently ignored field.
  { additionalProperties: false },
);
export type DesktopConfig = Static<typeof DesktopConfigSchema>;

export interface ConfigProblem {
  /** JSON pointer of the offending field, '' for the file as a whole. */
  field: string;
  zh: string;
  en: string;
}

/** The config file is missing or wrong; carries every problem found, in zh-CN and en. */
export class DesktopConfigError extends Error {
  override readonly name = 'DesktopConfigError';
  constructor(
    readonly path: string,
    readonly problems: readonly ConfigProblem[],
  ) {
    super(
      `Invalid hallq desktop config ${path}: ` +
        problems.map((p) => `${p.field || '(file)'} ${p.en}`).join('; '),
    );
  }
}

/** `HALLQ_DESKTOP_CONFIG` when set, else `<userData>/hallq.json`. */
export function resolveConfigPath(env: NodeJS.ProcessEnv, userDataDir: string): string {
  const fromEnv = env[CONFIG_ENV]?.trim();
  return fromEnv ? fromEnv : join(userDataDir, CONFIG_FILE_NAME);
}

/** Read and validate the config file. Throws `DesktopConfigError` for any problem. */
export function loadDesktopConfig(path: string): DesktopConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new DesktopConfigError(path, [
      missing
        ? { field: '', zh: '找不到配置文件', en: 'file not found' }
        : {
            field: '',
            zh: `无法读取配置文件：${String(error)}`,
            en: `cannot read: ${String(error)}`,
          },
    ]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DesktopConfigError(path, [
      { field: '', zh: `不是有效的 JSON：${detail}`, en: `not valid JSON: ${detail}` },
    ]);
  }
  return parseDesktopConfig(raw, path);
}

/** Validate an already-parsed config object; `source` names it in errors. */
export function parseDesktopConfig(raw: unknown, source: string): DesktopConfig {
  const problems = Value.Errors(DesktopConfigSchema, raw).flatMap(describe);
  if (problems.length > 0) throw new DesktopConfigError(source, problems);
  const config = raw as DesktopConfig;
  problems.push(...checkServerUrl(config.serverUrl));
  if (config.printer) problems.push(...checkPrinterUrl(config.printer.url));
  if (problems.length > 0) throw new DesktopConfigError(source, problems);
  return config;
}

/** TypeBox's localized messages, made specific where its generic wording would puzzle a technician. */
function describe(error: TLocalizedValidationError): ConfigProblem[] {
  switch (error.keyword) {
    // An unknown key fails its `false` sub-schema too; the additionalProperties error says it better.
    case 'boolean':
      return [];
    case 'additionalProperties':
      return error.params.additionalProperties.map((key) => ({
        field: `${error.instancePath}/${key}`,
        zh: `未知的配置项 "${key}"（是否拼写错误？）`,
        en: `unknown key "${key}" (a typo?)`,
      }));
    case 'enum': {
      const allowed = error.params.allowedValues.map(String).join(' / ');
      return [
        {
          field: error.instancePath,
          zh: `${Locale.zh_Hans(error)}：${allowed}`,
          en: `${Locale.en_US(error)}: ${allowed}`,
        },
      ];
    }
    default:
      return [{ field: error.instancePath, zh: Locale.zh_Hans(error), en: Locale.en_US(error) }];
  }
}

function checkServerUrl(value: string): ConfigProblem[] {
  const url = URL.canParse(value) ? new URL(value) : null;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    return [
      {
        field: '/serverUrl',
        zh: `服务器地址必须是 http:// 或 https:// 开头的网址，现在是 "${value}"`,
        en: `must be an http:// or https:// URL, got "${value}"`,
      },
    ];
  }
  if (url.search || url.hash) {
    return [
      {
        field: '/serverUrl',
        zh: '服务器地址不能带 ? 或 # 部分',
        en: 'must not carry a query or a fragment',
      },
    ];
  }
  const verdict = serverUrlVerdict(value);
  if (verdict.verdict === 'refuse') {
    return [{ field: '/serverUrl', zh: verdict.zh, en: verdict.en }];
  }
  return [];
}

/**
 * What the shell must say loudly at every start about a config it accepts:
 * plain http:// to a host name (see server-url-policy.ts).
 */
export function configWarnings(config: DesktopConfig): ConfigProblem[] {
  const verdict = serverUrlVerdict(config.serverUrl);
  return verdict.verdict === 'warn'
    ? [{ field: '/serverUrl', zh: verdict.zh, en: verdict.en }]
    : [];
}

/** Only the scheme is checked here; the printer driver parses the rest when the kiosk starts. */
function checkPrinterUrl(value: string): ConfigProblem[] {
  // Not `new URL()`: usb://0x0416:0x5011 is no valid URL (a hex "port"), yet it is the usual form.
  const scheme = /^([a-z]+):\/\//i.exec(value.trim())?.[1]?.toLowerCase();
  if (scheme && PRINTER_SCHEMES.includes(scheme)) return [];
  return [
    {
      field: '/printer/url',
      zh: `打印机地址必须以 tcp://、usb:// 或 serial:// 开头，现在是 "${value}"`,
      en: `must start with tcp://, usb:// or serial://, got "${value}"`,
    },
  ];
}

/** The page a shell opens: `<serverUrl><route>`, without a doubled slash. */
export function appUrl(config: DesktopConfig, route: string): string {
  return `${config.serverUrl.replace(/\/+$/, '')}${route}`;
}

/** The only origin the shell trusts: for navigation, IPC and permissions. */
export function serverOrigin(config: DesktopConfig): string {
  return new URL(config.serverUrl).origin;
}
