/**
 * The commands of `pnpm hallq`. `seed` loads a hall into a database no server
 * has open; every other command goes through an AdminPort: the running
 * server's API, or the database itself when no server runs (target.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { IsoWeekday, OpeningSpan, Site, SiteLevel } from '@hallq/core';
import { newSite } from '../domain/new-site';
import type { DeviceKind, Role, UpdateSiteBody } from '@hallq/protocol';
import type { Config } from '../config';
import { openDatabase } from '../store/open-database';
import { saveCatalog } from '../domain/catalog-store';
import { catalogFromDataset, type HallDataset } from '../demo/dataset';
import { DEMO_CREDENTIALS_FILE, isSeeded, seedDemo } from '../demo/seed';
import { DEFAULT_DEMO_PRINTER } from '../start-server';
import type { AdminPort } from './admin-port';
import { CliError } from './cli-error';
import type { SecretSource } from './secrets';
import { lockForDirectWrite } from './target';

export type Values = Partial<Record<string, string | boolean>>;

const usage = (message: string): never => {
  throw new CliError('usage', message);
};

export function need(values: Values, key: string): string {
  const v = values[key];
  if (typeof v !== 'string' || v === '') usage(`--${key} is required`);
  return v as string;
}

const opt = (values: Values, key: string): string | undefined => {
  const v = values[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
};

/** The site a new account or device belongs to: given, or (through a server) the admin's own. */
function siteOf(values: Values, port: AdminPort): string | undefined {
  const site = opt(values, 'site');
  if (site === undefined && !port.siteFromSession)
    usage('--site is required when no server runs (the CLI writes the database itself)');
  return site;
}

/** "09:00-12:00,13:30-17:30" → spans; "none" → no hours (open whenever). */
export function parseHours(text: string): OpeningSpan[] {
  if (text === 'none') return [];
  return text.split(',').map((part) => {
    const m = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]|24):([0-5]\d)$/.exec(part.trim());
    if (!m || `${m[1]}:${m[2]}` >= `${m[3]}:${m[4]}`)
      usage(`--hours: "${part}" is not a span like 09:00-12:00`);
    const [, h1, m1, h2, m2] = m as RegExpExecArray;
    return { start: `${h1}:${m1}`, end: `${h2}:${m2}` };
  });
}

/** Loads a hall into a database that holds none, with no server running: never through the API. */
export function seed(values: Values, config: Config, now: number): string {
  const dataDir = config.HALLQ_DATA_DIR;
  const file = values.demo ? undefined : need(values, 'catalog');
  const data = file ? readCatalogFile(file) : undefined;
  const lock = lockForDirectWrite(
    dataDir,
    'seed loads a hall only into a database no server has open: stop the server first',
  );
  const db = openDatabase(path.join(dataDir, 'hallq.sqlite'));
  try {
    if (isSeeded(db)) usage('this data directory already holds a hall');
    if (!data) {
      seedDemo(db, {
        timeZone: config.HALLQ_TIMEZONE,
        dataDir,
        printerUrl: config.HALLQ_PRINTER ?? DEFAULT_DEMO_PRINTER,
        now,
      });
      return `demo hall loaded; its passwords and device tokens (made at random) are in ${path.join(dataDir, DEMO_CREDENTIALS_FILE)}`;
    }
    const catalog = catalogFromDataset(data, { timeZone: config.HALLQ_TIMEZONE });
    saveCatalog(db, catalog);
    const perSite = new Map<string, number>();
    for (const w of Object.values(catalog.windows))
      perSite.set(w.siteId, (perSite.get(w.siteId) ?? 0) + 1);
    return (
      `catalogue loaded: ${Object.keys(catalog.sites).length} sites, ${Object.keys(catalog.units).length} units, ` +
      `${Object.keys(catalog.items).length} items, windows ${[...perSite].map(([s, n]) => `${s}: ${n}`).join(', ')}`
    );
  } finally {
    db.close();
    lock.release();
  }
}

function readCatalogFile(file: string): HallDataset {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as HallDataset;
  } catch (err) {
    return usage(`--catalog ${file}: ${(err as Error).message}`);
  }
}

/** Checks the options of a command before anything is asked or written. */
export function checkOptions(command: string, values: Values): void {
  switch (command) {
    case 'create-site': {
      need(values, 'id');
      need(values, 'name');
      const level = opt(values, 'level');
      if (level !== undefined && !['district', 'township', 'village'].includes(level))
        usage('--level must be district, township or village');
      return;
    }
    case 'configure-site':
      need(values, 'site');
      siteSettings(values);
      return;
    case 'create-staff':
      need(values, 'username');
      need(values, 'name');
      if (!['admin', 'supervisor', 'clerk', 'agent'].includes(need(values, 'role')))
        usage('--role must be admin, supervisor, clerk or agent');
      return;
    case 'create-device':
      if (!['kiosk', 'caller', 'display'].includes(need(values, 'kind')))
        usage('--kind must be kiosk, caller or display');
      need(values, 'name');
      if (opt(values, 'printer') && !/^(tcp|usb|serial):\/\//.test(opt(values, 'printer') ?? ''))
        usage('--printer must be tcp://, usb:// or serial://');
      return;
    case 'revoke-demo':
    case 'list-devices':
      return;
    default:
      usage(command ? `unknown command ${command}` : 'no command');
  }
}

function siteSettings(values: Values): UpdateSiteBody {
  const body: UpdateSiteBody = {};
  const hours = opt(values, 'hours');
  if (hours !== undefined) body.openingHours = parseHours(hours);
  const width = opt(values, 'number-width');
  if (width !== undefined) {
    const n = Number(width);
    if (!Number.isInteger(n) || n < 1 || n > 6) usage('--number-width must be 1 to 6');
    body.numberWidth = n;
  }
  const ratio = opt(values, 'priority-ratio');
  if (ratio !== undefined) {
    const m = /^(\d{1,2}):(\d{1,2})$/.exec(ratio);
    if (!m) usage('--priority-ratio must look like 2:1 (priority:ordinary)');
    body.priorityRatio = { priority: Number(m?.[1]), ordinary: Number(m?.[2]) };
  }
  const weekdays = opt(values, 'weekdays');
  if (weekdays !== undefined) {
    const days = weekdays.split(',').map(Number);
    if (days.some((d) => !Number.isInteger(d) || d < 1 || d > 7))
      usage('--weekdays are 1 (Mon) to 7 (Sun)');
    body.workingWeekdays = days as IsoWeekday[];
  }
  const voice = voiceSettings(values);
  if (voice) body.voice = voice;
  const publicUrl = opt(values, 'public-url');
  if (publicUrl !== undefined) {
    if (publicUrl !== 'none' && !/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(publicUrl))
      usage('--public-url must be an http(s) address without a query, or none');
    body.publicUrl = publicUrl === 'none' ? null : publicUrl;
  }
  const materials = opt(values, 'print-materials');
  if (materials !== undefined) {
    if (materials !== 'on' && materials !== 'off') usage('--print-materials must be on or off');
    body.printMaterials = materials === 'on';
  }
  if (Object.keys(body).length === 0)
    usage(
      'configure-site needs at least one of --hours, --number-width, --priority-ratio, --weekdays, --voice-template, --voice-repeat, --voice-one, --public-url, --print-materials',
    );
  return body;
}

/** The voice options given, or undefined (the server checks the template's placeholders). */
function voiceSettings(values: Values): UpdateSiteBody['voice'] {
  const voice: NonNullable<UpdateSiteBody['voice']> = {};
  const template = opt(values, 'voice-template');
  if (template !== undefined) {
    if (template.length > 60) usage('--voice-template is at most 60 characters');
    voice.template = template;
  }
  const repeat = opt(values, 'voice-repeat');
  if (repeat !== undefined) {
    const n = Number(repeat);
    if (!Number.isInteger(n) || n < 1 || n > 5) usage('--voice-repeat must be 1 to 5');
    voice.repeat = n;
  }
  const one = opt(values, 'voice-one');
  if (one !== undefined) {
    if (one !== 'yao' && one !== 'yi') usage('--voice-one must be yao (幺) or yi (一)');
    voice.one = one as 'yao' | 'yi';
  }
  return Object.keys(voice).length > 0 ? voice : undefined;
}

/** Runs a command through the port; returns what to print. */
export async function run(
  command: string,
  values: Values,
  port: AdminPort,
  secrets: SecretSource,
  config: Config,
): Promise<string> {
  switch (command) {
    case 'create-site': {
      const parent = opt(values, 'parent');
      const site: Site = newSite({
        id: need(values, 'id'),
        name: need(values, 'name'),
        level: (opt(values, 'level') ?? 'township') as SiteLevel,
        timeZone: opt(values, 'timezone') ?? config.HALLQ_TIMEZONE,
        ...(parent !== undefined ? { parentId: parent } : {}),
      });
      await port.createSite(site);
      return `site ${site.id} saved (${port.via})`;
    }
    case 'configure-site': {
      const next = await port.updateSite(need(values, 'site'), siteSettings(values));
      return (
        `site ${next.id}: hours ${next.openingHours.map((h) => `${h.start}-${h.end}`).join(',') || 'any time'}, ` +
        `${next.numberWidth} digits, priority ratio ${next.priorityRatio.priority}:${next.priorityRatio.ordinary}, ` +
        `weekdays ${next.workingWeekdays.join(',')}` +
        (next.voice ? `, voice ${JSON.stringify(next.voice)}` : '') +
        (next.publicUrl ? `, public URL ${next.publicUrl}` : '') +
        (next.printMaterials ? ', materials printed' : '') +
        ` (${port.via}; in effect at once)`
      );
    }
    case 'create-staff': {
      const username = need(values, 'username');
      const site = siteOf(values, port);
      const password = await newPassword(secrets, username);
      const windows = opt(values, 'windows');
      const s = await port.createStaff({
        username,
        password,
        name: need(values, 'name'),
        role: need(values, 'role') as Role,
        windowIds: windows ? windows.split(',').filter(Boolean) : [],
        ...(opt(values, 'staff-no') !== undefined ? { staffNo: opt(values, 'staff-no') } : {}),
        ...(site !== undefined ? { siteId: site } : {}),
      });
      return `staff ${s.username} (${s.role}, site ${s.siteId}) created (${port.via})`;
    }
    case 'create-device': {
      const site = siteOf(values, port);
      const printer = opt(values, 'printer');
      const { device, token } = await port.createDevice({
        kind: need(values, 'kind') as DeviceKind,
        name: need(values, 'name'),
        ...(site !== undefined ? { siteId: site } : {}),
        ...(printer !== undefined ? { printerUrl: printer } : {}),
      });
      return `device ${device.id} (site ${device.siteId}) created (${port.via}); its token (shown once):\n${token}`;
    }
    case 'revoke-demo': {
      const n = await port.revokeDemo();
      return `deactivated ${n.staff} demo staff and ${n.devices} demo devices (${port.via})`;
    }
    case 'list-devices':
      return (await port.listDevices())
        .map(
          (d) =>
            `${d.id}\t${d.kind}\t${d.siteId}\t${d.name}\t${d.printerUrl ?? ''}\t${d.revoked ? 'revoked' : 'active'}`,
        )
        .join('\n');
    default:
      return usage(`unknown command ${command}`);
  }
}

/** A new account's password: asked twice at a prompt, one line when piped. */
async function newPassword(secrets: SecretSource, username: string): Promise<string> {
  const password = await secrets.next(`new password for ${username}`);
  if (secrets.interactive) {
    const again = await secrets.next(`new password for ${username}, again`);
    if (again !== password) usage('the two passwords differ');
  }
  return password;
}
