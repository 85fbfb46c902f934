/**
 * Setting a hall up with `pnpm hallq` and no server running: `seed
 * --catalog` keeps the sites a catalogue file gives its units and windows
 * (a direct write then has to name its `--site`), and `configure-site`
 * writes opening hours, number width and priority ratio that a server
 * started afterwards obeys.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../store/open-database';
import { loadCatalog } from '../domain/catalog-store';
import { seededDataDir, startTestHall, type TestHall } from '../../test/test-hall';
import { hallq, SLOW, tempDirs } from '../../test/hallq-cli';

describe('pnpm hallq (CLI)', () => {
  let hall: TestHall | undefined;
  const dir = tempDirs(() => hall?.close());

  it(
    'seed --catalog keeps the sites a two-site file gives its units and windows; a direct write then needs --site',
    async () => {
      const dataDir = dir(mkdtempSync(path.join(tmpdir(), 'hallq-cli-')));
      const file = path.join(dataDir, 'hall.json');
      const unit = (id: string, prefix: string, siteId?: string) => ({
        id,
        name: `${id} 局`,
        shortName: id,
        kind: 'whole',
        ticketPrefix: prefix,
        ...(siteId ? { siteId } : {}),
      });
      writeFileSync(
        file,
        JSON.stringify({
          sites: [
            { id: 'hq', name: '某区政务服务中心', level: 'district' },
            { id: 'east', name: '东街道便民服务中心', level: 'township' },
          ],
          units: [unit('tax', 'A'), unit('east-social', 'B', 'east')],
          items: [
            {
              code: 'T1',
              unitId: 'tax',
              name: '纳税',
              category: '税务',
              promisedDays: 0,
              onTheSpot: true,
            },
            {
              code: 'E1',
              unitId: 'east-social',
              name: '社保',
              category: '社保',
              promisedDays: 0,
              onTheSpot: true,
            },
          ],
          windows: [
            { number: 1, name: '1号窗口', zone: 'A区', kind: 'whole', unitIds: ['tax'] },
            {
              id: 'e1',
              number: 1,
              name: '1号窗口',
              zone: '东',
              kind: 'whole',
              unitIds: ['east-social'],
              siteId: 'east',
            },
          ],
          comprehensiveWindows: [],
        }),
      );
      const seeded = await hallq(dataDir, ['seed', '--catalog', file]);
      expect(seeded.stderr).toBe('');
      expect(seeded.stdout).toMatch(/2 sites, 2 units, 2 items, windows hq: 1, east: 1/);
      const db = openDatabase(path.join(dataDir, 'hallq.sqlite'));
      try {
        const catalog = loadCatalog(db);
        expect(catalog.units.tax?.siteId).toBe('hq');
        expect(catalog.units['east-social']?.siteId).toBe('east');
        expect(catalog.windows.w1?.siteId).toBe('hq');
        expect(catalog.windows.e1?.siteId).toBe('east');
      } finally {
        db.close();
      }

      const noSite = await hallq(
        dataDir,
        ['create-staff', '--username', 'wang', '--name', '王五', '--role', 'clerk'],
        'Ww-2026-hall\n',
      );
      expect(noSite.code).toBe(2);
      expect(noSite.stderr).toMatch(/--site is required when no server runs/);
      const east = await hallq(
        dataDir,
        [
          'create-staff',
          '--username',
          'wang',
          '--name',
          '王五',
          '--role',
          'clerk',
          '--site',
          'east',
          '--windows',
          'e1',
        ],
        'Ww-2026-hall\n',
      );
      expect(east.stderr).toBe('');
      expect(east.stdout).toMatch(
        /staff wang \(clerk, site east\) created \(.* directly \(no server running\)\)/,
      );
    },
    SLOW,
  );

  it(
    'configure-site sets opening hours, number width and the priority ratio; a backwards span is refused',
    async () => {
      const dataDir = dir(seededDataDir());
      const bad = await hallq(dataDir, [
        'configure-site',
        '--site',
        'district',
        '--hours',
        '12:00-09:00',
      ]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/--hours/);
      const ok = await hallq(dataDir, [
        'configure-site',
        '--site',
        'district',
        '--hours',
        '09:00-12:00,13:30-17:30',
        '--number-width',
        '4',
        '--priority-ratio',
        '3:1',
      ]);
      expect(ok.stderr).toBe('');
      expect(ok.stdout).toMatch(/hours 09:00-12:00,13:30-17:30, 4 digits, priority ratio 3:1/);

      hall = await startTestHall({ dataDir }); // Monday 10:00 in Shanghai
      const first = await hall.issue(hall.itemOf('yibao'));
      expect(first.status).toBe(201);
      expect(first.body.ticket.number).toBe('A0001');
      hall.clock.set(hall.clock.now() + 2.5 * 3_600_000); // 12:30, the lunch break
      const lunch = await hall.issue(hall.itemOf('yibao'));
      expect(lunch.status).toBe(409);
      expect(lunch.body.error.code).toBe('HALLQ_E_OUTSIDE_HOURS');
    },
    SLOW,
  );
});
