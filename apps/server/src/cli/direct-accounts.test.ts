/**
 * `pnpm hallq` with no server running: it writes the database itself, under
 * the lock, through the admin service (audited as the CLI). Real accounts
 * and a real kiosk are created, the demo ones revoked, and a production
 * server then starts on the directory with only the real ones working.
 * Passwords on argv and weak passwords are refused.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { prepareDataDir } from '../start-server';
import {
  addressOf,
  seededDataDir,
  startTestHall,
  type TestHall,
  readDemoCredentials,
} from '../../test/test-hall';
import { hallq, SLOW, tempDirs } from '../../test/hallq-cli';

describe('pnpm hallq (CLI)', () => {
  let hall: TestHall | undefined;
  const dir = tempDirs(() => hall?.close());

  it(
    'with no server: real accounts written directly (audited as the CLI), demo revoked; production then starts and only the real ones work',
    async () => {
      const dataDir = dir(seededDataDir());
      const demo = readDemoCredentials(dataDir);
      const production = loadConfig({
        HALLQ_DATA_DIR: dataDir,
        HALLQ_MODE: 'production',
        LOG_LEVEL: 'silent',
      });
      expect(() => prepareDataDir(production)).toThrow(/demo/);

      const argv = await hallq(dataDir, [
        'create-staff',
        '--username',
        'zhangsan',
        '--password',
        'Zs-2026-hall',
      ]);
      expect(argv.code).toBe(2);
      expect(argv.stderr).toMatch(/passwords are never given on the command line/);
      const weak = await hallq(
        dataDir,
        [
          'create-staff',
          '--username',
          'lisi',
          '--name',
          '李四',
          '--role',
          'clerk',
          '--site',
          'district',
        ],
        'short\n',
      );
      expect(weak.code).toBe(1);
      expect(weak.stderr).toMatch(/HALLQ_E_WEAK_PASSWORD/);

      const staff = await hallq(
        dataDir,
        [
          'create-staff',
          '--username',
          'zhangsan',
          '--name',
          '张三',
          '--staff-no',
          'DA9001',
          '--role',
          'clerk',
          '--site',
          'district',
          '--windows',
          'w5',
        ],
        'Zs-2026-hall\n',
      );
      expect(staff.stderr).toBe('');
      expect(staff.code).toBe(0);
      const kiosk = await hallq(dataDir, [
        'create-device',
        '--kind',
        'kiosk',
        '--name',
        '一楼取号机',
        '--site',
        'district',
      ]);
      expect(kiosk.code).toBe(0);
      const kioskToken = kiosk.stdout.trim().split('\n').pop() as string;
      const revoke = await hallq(dataDir, ['revoke-demo']);
      expect(revoke.code).toBe(0);
      expect(revoke.stdout).toMatch(/deactivated 122 demo staff and 36 demo devices/);

      // A real admin too (before the server starts: a direct write beside a
      // running server is exactly what the lock exists to prevent).
      const boss = await hallq(
        dataDir,
        [
          'create-staff',
          '--username',
          'boss',
          '--name',
          '主任',
          '--role',
          'admin',
          '--site',
          'district',
        ],
        'Boss-2026-hall\n',
      );
      expect(boss.code).toBe(0);

      expect(() => prepareDataDir(production)).not.toThrow();
      hall = await startTestHall({ dataDir, env: { HALLQ_MODE: 'production' } });
      const bossLogin = await hall.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        body: { username: 'boss', password: 'Boss-2026-hall' },
        remoteAddress: addressOf('boss'),
      });
      const cliAudit = await hall.request({
        method: 'GET',
        url: '/api/v1/audit?target=staff:staff-zhangsan',
        token: bossLogin.body.token,
      });
      expect(cliAudit.body.entries).toEqual([
        expect.objectContaining({
          action: 'staff.created',
          actor: expect.objectContaining({ kind: 'cli' }),
        }),
      ]);
      const login = await hall.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        body: { username: 'zhangsan', password: 'Zs-2026-hall', windowId: 'w5' },
      });
      expect(login.status).toBe(200);
      const issued = await hall.request({
        method: 'POST',
        url: '/api/v1/tickets',
        token: kioskToken,
        body: { itemId: hall.itemOf('yibao') },
      });
      expect(issued.status).toBe(201);
      const oldAdmin = demo.staff.find((s) => s.role === 'admin');
      const refused = await hall.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        body: { username: oldAdmin?.username, password: oldAdmin?.password },
        remoteAddress: '10.66.0.1',
      });
      expect(refused.status).toBe(401);
      const oldKiosk = demo.devices.find((d) => d.kind === 'kiosk')?.token;
      const stale = await hall.request({
        method: 'POST',
        url: '/api/v1/tickets',
        token: oldKiosk,
        body: { itemId: hall.itemOf('yibao') },
      });
      expect(stale.status).toBe(401);
    },
    SLOW,
  );
});
