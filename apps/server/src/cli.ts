/**
 * `pnpm hallq <command>`: administration on the server's own database
 * ($HALLQ_DATA_DIR/hallq.sqlite), through the server's own modules.
 */
import { parseArgs } from 'node:util';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalog, IsoWeekday, OpeningSpan, Site, SiteLevel } from '@hallq/core';
import type { DeviceKind, Role } from '@hallq/protocol';
import { loadConfig } from './config';
import { openDatabase } from './store/open-database';
import { Accounts } from './domain/accounts';
import { loadCatalog, saveCatalog, saveCatalogEntry } from './domain/catalog-store';
import { catalogFromDataset, type HallDataset } from './demo/dataset';
import { isSeeded, seedDemo } from './demo/seed';
import { DEFAULT_DEMO_PRINTER } from './start-server';

const USAGE = `usage: pnpm hallq <command> [options]   (data: $HALLQ_DATA_DIR, default .data)

  seed --demo                         load the 大安区 demo hall with demo staff and devices
  seed --catalog <file.json>          load a hall catalogue (same shape as dayan-hall.json)
  create-site --id <id> --name <name> [--level district|township|village] [--timezone Asia/Shanghai]
  configure-site --site <id> [--hours 09:00-12:00,13:30-17:30|none] [--number-width 3]
               [--priority-ratio 2:1] [--weekdays 1,2,3,4,5]
                                      opening hours (enforced only when set), ticket number
                                      digits, priority:ordinary ratio; takes effect at the next start
  create-staff --username <u> --password <p> --name <name> --staff-no <no>
               --role admin|supervisor|clerk [--site district] [--windows w1,w2]
  create-device --kind kiosk|caller|display --name <name> [--site district] [--printer tcp://ip:9100]
  revoke-demo                         deactivate every demo account and device
  list-devices
`;

function fail(message: string): never {
  console.error(`hallq: ${message}\n\n${USAGE}`);
  process.exit(2);
}

/** "09:00-12:00,13:30-17:30" → spans; "none" → no hours (open whenever). */
function parseHours(text: string): OpeningSpan[] {
  if (text === 'none') return [];
  return text.split(',').map((part) => {
    const m = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]|24):([0-5]\d)$/.exec(part.trim());
    if (!m || `${m[1]}:${m[2]}` >= `${m[3]}:${m[4]}`)
      fail(`--hours: "${part}" is not a span like 09:00-12:00`);
    return { start: `${m[1]}:${m[2]}`, end: `${m[3]}:${m[4]}` };
  });
}

const [command, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
  args: rest,
  options: {
    demo: { type: 'boolean' },
    catalog: { type: 'string' },
    id: { type: 'string' },
    name: { type: 'string' },
    level: { type: 'string' },
    timezone: { type: 'string' },
    username: { type: 'string' },
    password: { type: 'string' },
    'staff-no': { type: 'string' },
    role: { type: 'string' },
    site: { type: 'string' },
    windows: { type: 'string' },
    kind: { type: 'string' },
    printer: { type: 'string' },
    hours: { type: 'string' },
    'number-width': { type: 'string' },
    'priority-ratio': { type: 'string' },
    weekdays: { type: 'string' },
  },
  strict: true,
});

const config = loadConfig({ HALLQ_DATA_DIR: '.data', ...process.env });
mkdirSync(config.HALLQ_DATA_DIR, { recursive: true });
const db = openDatabase(path.join(config.HALLQ_DATA_DIR, 'hallq.sqlite'));
const accounts = new Accounts(db, config.HALLQ_SESSION_HOURS);
const now = Date.now();
const need = (key: keyof typeof values): string => {
  const v = values[key];
  if (typeof v !== 'string' || v === '') fail(`--${key} is required`);
  return v;
};

try {
  switch (command) {
    case 'seed': {
      if (isSeeded(db)) fail('this data directory already holds a hall');
      if (values.demo) {
        seedDemo(db, {
          timeZone: config.HALLQ_TIMEZONE,
          dataDir: config.HALLQ_DATA_DIR,
          printerUrl: config.HALLQ_PRINTER ?? DEFAULT_DEMO_PRINTER,
          now,
        });
        console.log(
          `demo hall loaded; credentials in ${path.join(config.HALLQ_DATA_DIR, 'demo-credentials.json')}`,
        );
      } else {
        const file = need('catalog');
        const data = JSON.parse(readFileSync(file, 'utf8')) as HallDataset;
        const catalog: Catalog = catalogFromDataset(data, { timeZone: config.HALLQ_TIMEZONE });
        saveCatalog(db, catalog);
        console.log(
          `catalogue loaded: ${Object.keys(catalog.units).length} units, ${Object.keys(catalog.items).length} items`,
        );
      }
      break;
    }
    case 'create-site': {
      const site: Site = {
        id: need('id'),
        name: need('name'),
        level: (values.level ?? 'township') as SiteLevel,
        timeZone: values.timezone ?? config.HALLQ_TIMEZONE,
        openingHours: [],
        workingWeekdays: [1, 2, 3, 4, 5],
        numberWidth: 3,
        priorityRatio: { priority: 2, ordinary: 1 },
      };
      if (!['district', 'township', 'village'].includes(site.level))
        fail('--level must be district, township or village');
      saveCatalogEntry(db, 'site', site);
      console.log(`site ${site.id} saved`);
      break;
    }
    case 'configure-site': {
      const site = loadCatalog(db).sites[need('site')];
      if (!site) fail(`unknown site ${values.site}`);
      const next: Site = { ...site };
      if (values.hours !== undefined) next.openingHours = parseHours(values.hours);
      if (values['number-width'] !== undefined) {
        const width = Number(values['number-width']);
        if (!Number.isInteger(width) || width < 1 || width > 6)
          fail('--number-width must be 1 to 6');
        next.numberWidth = width;
      }
      if (values['priority-ratio'] !== undefined) {
        const m = /^(\d{1,2}):(\d{1,2})$/.exec(values['priority-ratio']);
        if (!m) fail('--priority-ratio must look like 2:1 (priority:ordinary)');
        next.priorityRatio = { priority: Number(m[1]), ordinary: Number(m[2]) };
      }
      if (values.weekdays !== undefined) {
        const days = values.weekdays.split(',').map(Number);
        if (days.some((d) => !Number.isInteger(d) || d < 1 || d > 7))
          fail('--weekdays are 1 (Mon) to 7 (Sun)');
        next.workingWeekdays = days as IsoWeekday[];
      }
      saveCatalogEntry(db, 'site', next);
      console.log(
        `site ${next.id}: hours ${next.openingHours.map((h) => `${h.start}-${h.end}`).join(',') || 'any time'}, ` +
          `${next.numberWidth} digits, priority ratio ${next.priorityRatio.priority}:${next.priorityRatio.ordinary}, ` +
          `weekdays ${next.workingWeekdays.join(',')} (restart the server to apply)`,
      );
      break;
    }
    case 'create-staff': {
      const role = need('role') as Role;
      if (!['admin', 'supervisor', 'clerk'].includes(role))
        fail('--role must be admin, supervisor or clerk');
      const password = need('password');
      if (password.length < 8) fail('--password needs at least 8 characters');
      const windows = values.windows ? values.windows.split(',').filter(Boolean) : [];
      const known = loadCatalog(db).windows;
      for (const w of windows) if (!known[w]) fail(`unknown window ${w}`);
      const s = accounts.createStaff(
        {
          username: need('username'),
          password,
          name: need('name'),
          staffNo: need('staff-no'),
          role,
          siteId: values.site ?? 'district',
          windowIds: windows,
        },
        now,
      );
      console.log(`staff ${s.username} (${s.role}) created`);
      break;
    }
    case 'create-device': {
      const kind = need('kind') as DeviceKind;
      if (!['kiosk', 'caller', 'display'].includes(kind))
        fail('--kind must be kiosk, caller or display');
      if (values.printer && !/^(tcp|usb|serial):\/\//.test(values.printer))
        fail('--printer must be tcp://, usb:// or serial://');
      const { device, token } = accounts.createDevice(
        {
          kind,
          name: need('name'),
          siteId: values.site ?? 'district',
          ...(values.printer ? { printerUrl: values.printer } : {}),
        },
        now,
      );
      console.log(`device ${device.id} created; its token (shown once):\n${token}`);
      break;
    }
    case 'revoke-demo': {
      const s = db.prepare(`UPDATE staff SET active = 0 WHERE demo = 1`).run();
      const d = db
        .prepare(`UPDATE devices SET revoked_at = ? WHERE demo = 1 AND revoked_at IS NULL`)
        .run(now);
      db.prepare(
        `UPDATE sessions SET revoked_at = ? WHERE staff_id IN (SELECT id FROM staff WHERE demo = 1)`,
      ).run(now);
      console.log(`deactivated ${s.changes} demo staff and ${d.changes} demo devices`);
      break;
    }
    case 'list-devices':
      for (const d of accounts.listDevices()) {
        console.log(
          `${d.id}\t${d.kind}\t${d.name}\t${d.printer_url ?? ''}\t${d.revoked_at ? 'revoked' : 'active'}`,
        );
      }
      break;
    default:
      fail(command ? `unknown command ${command}` : 'no command');
  }
} catch (err) {
  console.error(`hallq: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  db.close();
}
