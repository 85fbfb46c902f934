/**
 * Configuration from environment variables, validated once at boot: a bad
 * value stops the server with a message naming the variable.
 */
import { Type, type Static } from 'typebox';
import { Compile } from 'typebox/compile';

const Env = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 8080 }),
  HOST: Type.String({ default: '0.0.0.0' }),
  HALLQ_DATA_DIR: Type.String({ minLength: 1, default: '.data' }),
  HALLQ_MODE: Type.Union([Type.Literal('demo'), Type.Literal('production')], { default: 'demo' }),
  HALLQ_TIMEZONE: Type.String({ minLength: 1, default: 'Asia/Shanghai' }),
  /** Overrides the demo kiosk's printer, e.g. tcp://127.0.0.1:9100. */
  HALLQ_PRINTER: Type.Optional(Type.String({ pattern: '^(tcp|usb|serial)://' })),
  /** Printer host names (or public addresses) kiosks may print to besides the private networks. */
  HALLQ_PRINTER_HOSTS: Type.Optional(Type.String({ maxLength: 1000 })),
  /** The address visitors' phones reach (for the ticket QR code). */
  HALLQ_PUBLIC_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  /** Supervision limits (电子监察), in minutes. */
  HALLQ_WAIT_LIMIT_MIN: Type.Integer({ minimum: 1, maximum: 600, default: 30 }),
  /** Seconds between the alert engine's passes (0: none of its own; a test drives it). */
  HALLQ_SUPERVISION_SECONDS: Type.Integer({ minimum: 0, maximum: 3600, default: 5 }),
  /**
   * 好差评: where each site's ratings are delivered (the provincial platform),
   * as siteId=url pairs separated by commas; a site without one keeps none.
   */
  HALLQ_RATING_ENDPOINTS: Type.Optional(
    Type.String({
      maxLength: 4000,
      pattern: '^[A-Za-z0-9_.:-]+=https?://[^,\\s]+(,[A-Za-z0-9_.:-]+=https?://[^,\\s]+)*$',
    }),
  ),
  HALLQ_VOICE_TEMPLATE: Type.String({
    minLength: 1,
    maxLength: 60,
    default: '请{number}号到{window}号窗口办理',
  }),
  HALLQ_VOICE_ONE: Type.Union([Type.Literal('yao'), Type.Literal('yi')], { default: 'yao' }),
  HALLQ_VOICE_REPEAT: Type.Integer({ minimum: 1, maximum: 5, default: 2 }),
  HALLQ_SESSION_HOURS: Type.Integer({ minimum: 1, maximum: 24 * 30, default: 12 }),
  /**
   * Tickets one kiosk may issue per minute. Choosing, confirming and printing
   * take a visitor well over five seconds, so 12 never stops a real queue at
   * the kiosk; it stops a stuck key or a script from emptying the day's quotas.
   */
  HALLQ_KIOSK_TICKETS_PER_MINUTE: Type.Integer({ minimum: 1, maximum: 1_000_000, default: 12 }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
    { default: 'info' },
  ),
});
export type Config = Static<typeof Env>;

const check = Compile(Env);

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(Env.properties)) {
    const value = env[key];
    if (value === undefined || value === '') continue;
    raw[key] =
      /^(PORT|HALLQ_WAIT_LIMIT_MIN|HALLQ_SUPERVISION_SECONDS|HALLQ_SESSION_HOURS|HALLQ_VOICE_REPEAT|HALLQ_KIOSK_TICKETS_PER_MINUTE)$/.test(
        key,
      ) && /^\d+$/.test(value)
        ? Number(value)
        : value;
  }
  const withDefaults = check.Default(raw) as Record<string, unknown>;
  if (!check.Check(withDefaults)) {
    const problems = [...check.Errors(withDefaults)].map(
      (e) => `${e.instancePath || '/'} ${e.message}`,
    );
    throw new Error(`invalid configuration: ${problems.join('; ')}`);
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone: withDefaults.HALLQ_TIMEZONE as string });
  } catch {
    throw new Error(`invalid configuration: HALLQ_TIMEZONE is not a known time zone`);
  }
  return withDefaults as Config;
}
