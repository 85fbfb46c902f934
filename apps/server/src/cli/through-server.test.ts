/**
 * `pnpm hallq` beside a running server, the only writer: the CLI signs in as
 * an admin (the demo admin, or `--as` another) and calls the admin API, so
 * each change is audited under that admin's name and takes effect at once
 * (a new clerk signs in, the demo kiosk is refused, a new site is in the
 * hall). Passwords come from standard input, never from argv.
 */
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../clock';
import { loadConfig } from '../config';
import { startServer, type StartedServer } from '../start-server';
import { MONDAY_10AM, seededDataDir, readDemoCredentials } from '../../test/test-hall';
import { hallq, SLOW, tempDirs } from '../../test/hallq-cli';

const ADMIN_PASSWORD = 'hallq-admin'; // test-hall's injected test password, not a default

describe('pnpm hallq (CLI)', () => {
  let server: StartedServer | undefined;
  const dir = tempDirs(() => server?.app.close());

  it(
    'with a server running, it signs in and uses the API: the new clerk is in the audit and signs in at once; revoke-demo through the API ends the demo kiosk at once',
    async () => {
      const dataDir = dir(seededDataDir());
      const demo = readDemoCredentials(dataDir);
      const config = loadConfig({
        HALLQ_DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        HOST: '127.0.0.1',
        PORT: '0',
      });
      server = await startServer(config, new ManualClock(MONDAY_10AM));
      const base = server.url.replace('localhost', '127.0.0.1');
      const api = async (method: string, url: string, token?: string, body?: unknown) => {
        const res = await fetch(`${base}/api/v1${url}`, {
          method,
          headers: {
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          },
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        });
        return { status: res.status, body: (await res.json()) as Record<string, never> };
      };

      const staff = await hallq(
        dataDir,
        [
          'create-staff',
          '--username',
          'zhangsan',
          '--name',
          '张三',
          '--role',
          'clerk',
          '--windows',
          'w5',
        ],
        `${ADMIN_PASSWORD}\nZs-2026-hall\n`,
      );
      expect(staff.stderr).toBe('');
      expect(staff.code).toBe(0);
      expect(staff.stdout).toMatch(
        /staff zhangsan \(clerk, site district\) created \(the server at http:\/\/127\.0\.0\.1:\d+ \(as admin\)\)/,
      );

      // Live at once: no restart, the new clerk signs into window 5.
      const clerk = await api('POST', '/auth/login', undefined, {
        username: 'zhangsan',
        password: 'Zs-2026-hall',
        windowId: 'w5',
      });
      expect(clerk.status).toBe(200);
      // Audited under the admin who signed in, not as an anonymous write.
      const admin = await api('POST', '/auth/login', undefined, {
        username: 'admin',
        password: ADMIN_PASSWORD,
      });
      const audit = await api('GET', '/audit?target=staff:staff-zhangsan', admin.body.token);
      expect(audit.body.entries).toEqual([
        expect.objectContaining({
          action: 'staff.created',
          actor: expect.objectContaining({ kind: 'staff', id: 'staff-admin' }),
        }),
      ]);

      // A wrong admin password: refused with the server's code, nothing created.
      const wrong = await hallq(
        dataDir,
        ['create-device', '--kind', 'kiosk', '--name', '二楼取号机'],
        'not-the-password\n',
      );
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toMatch(/HALLQ_E_BAD_CREDENTIALS/);

      // Our own admin, then the demo goes through the API as that admin.
      const boss = await hallq(
        dataDir,
        ['create-staff', '--username', 'boss', '--name', '主任', '--role', 'admin'],
        `${ADMIN_PASSWORD}\nBoss-2026-hall\n`,
      );
      expect(boss.code).toBe(0);
      const asDemo = await hallq(dataDir, ['revoke-demo'], `${ADMIN_PASSWORD}\n`);
      expect(asDemo.code).toBe(1);
      expect(asDemo.stderr).toMatch(/HALLQ_E_CONFLICT: admin is itself a demo account/);
      const revoke = await hallq(dataDir, ['revoke-demo', '--as', 'boss'], 'Boss-2026-hall\n');
      expect(revoke.stderr).toBe('');
      expect(revoke.stdout).toMatch(
        /deactivated 122 demo staff and 36 demo devices \(the server at/,
      );
      const kiosk = demo.devices.find((d) => d.kind === 'kiosk')?.token;
      expect((await api('GET', '/auth/me', kiosk)).status).toBe(401);
      expect((await api('GET', '/auth/me', admin.body.token)).status).toBe(401);
    },
    SLOW,
  );

  it(
    'with a server running, create-site adds a township under --parent and configure-site sets its voice, through the API',
    async () => {
      const dataDir = dir(seededDataDir());
      const config = loadConfig({
        HALLQ_DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        HOST: '127.0.0.1',
        PORT: '0',
      });
      server = await startServer(config, new ManualClock(MONDAY_10AM));
      const made = await hallq(
        dataDir,
        ['create-site', '--id', 'twn-new', '--name', '新兴街道', '--parent', 'district'],
        `${ADMIN_PASSWORD}\n`,
      );
      expect(made.stderr).toBe('');
      expect(made.stdout).toMatch(/site twn-new saved \(the server at/);
      const voiced = await hallq(
        dataDir,
        ['configure-site', '--site', 'twn-new', '--voice-one', 'yi', '--voice-repeat', '3'],
        `${ADMIN_PASSWORD}\n`,
      );
      expect(voiced.stderr).toBe('');
      const site = server.app.hall.catalog.sites['twn-new'];
      expect(site).toMatchObject({ level: 'township', parentId: 'district' });
      expect(site?.voice).toEqual({ one: 'yi', repeat: 3 });
    },
    SLOW,
  );
});
