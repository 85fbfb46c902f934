/**
 * Demo mode: on first start, seed the 大安区 hall (31 units and the 咨询导办 desk, 183 items, 34
 * windows, the rota, 17 sites), its 16 township halls (townships.ts: a
 * 综合受理 unit, 2–4 windows, a clerk at each, a kiosk and a hall screen,
 * and their enabled items), its 38 village rooms (villages.ts: an agent
 * each, and the few items each takes in), demo staff and devices, and write their
 * credentials to $HALLQ_DATA_DIR/demo-credentials.json (mode 0600: the
 * owner only). Every password and device token is made at random here, so
 * nothing secret is constant in the source. Everything seeded here is
 * flagged `demo`, and production mode refuses to start while any of it is
 * active.
 */
import type Database from 'better-sqlite3';
import { chmodSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Role } from '@hallq/protocol';
import { Accounts } from '../domain/accounts';
import { saveCatalog } from '../domain/catalog-store';
import { demoCatalog, DEMO_SITE_ID } from './dataset';
import { randomDemoPasswords, type DemoPasswords } from './demo-passwords';
import { hashPassword } from '../security/password';

export const DEMO_CREDENTIALS_FILE = 'demo-credentials.json';

/** Each account and device with its site, so a tool finds a township's kiosk, screen and clerks. */
export interface DemoCredentials {
  staff: {
    username: string;
    password: string;
    role: Role;
    name: string;
    siteId: string;
    windowIds: string[];
  }[];
  devices: {
    id: string;
    kind: 'kiosk' | 'caller' | 'display' | 'rater';
    token: string;
    name: string;
    siteId: string;
  }[];
}

const NAMES = [
  '王芳',
  '李娜',
  '张伟',
  '刘洋',
  '陈静',
  '杨磊',
  '赵敏',
  '黄勇',
  '周婷',
  '吴刚',
  '徐丽',
  '孙涛',
  '胡军',
  '朱琳',
  '高峰',
  '林霞',
  '何欢',
  '郭鹏',
  '马莉',
  '罗斌',
  '梁爽',
  '宋佳',
  '郑凯',
  '谢红',
  '韩雪',
  '唐亮',
  '冯艳',
  '于洁',
  '董浩',
  '萧雨',
  '程晨',
  '曹阳',
  '袁媛',
  '邓超',
];

export function isSeeded(db: Database.Database): boolean {
  return (db.prepare(`SELECT COUNT(*) AS n FROM catalog`).get() as { n: number }).n > 0;
}

export function seedDemo(
  db: Database.Database,
  options: {
    timeZone: string;
    dataDir: string;
    printerUrl: string;
    now: number;
    /** Tests only (test/test-hall.ts): known passwords. Default: random, one per account. */
    passwords?: DemoPasswords;
  },
): DemoCredentials {
  const passwordFor = options.passwords ?? randomDemoPasswords;
  const { catalog, townships, villages } = demoCatalog({ timeZone: options.timeZone });
  const accounts = new Accounts(db, 12);
  const creds: DemoCredentials = { staff: [], devices: [] };
  db.transaction(() => {
    saveCatalog(db, catalog);
    const addStaff = (
      username: string,
      role: Role,
      name: string,
      windowIds: string[],
      n: number,
      siteId = DEMO_SITE_ID,
    ) => {
      const password = passwordFor({ username, role });
      accounts.createStaff(
        {
          username,
          passwordHash: hashPassword(password),
          role,
          name,
          staffNo: `DA${String(n).padStart(4, '0')}`,
          siteId,
          windowIds,
          demo: true,
        },
        options.now,
      );
      creds.staff.push({ username, password, role, name, siteId, windowIds });
    };
    addStaff('admin', 'admin', '系统管理员', [], 1);
    addStaff('supervisor', 'supervisor', '效能监察员', [], 2);
    addStaff('clerk', 'clerk', '值班人员', [], 3);
    const windows = Object.values(catalog.windows)
      .filter((w) => w.siteId === DEMO_SITE_ID)
      .sort((a, b) => a.number - b.number);
    windows.forEach((w, i) => {
      const username = `w${String(w.number).padStart(2, '0')}`;
      addStaff(username, 'clerk', NAMES[i % NAMES.length] as string, [w.id], 100 + w.number);
    });
    const addDevice = (
      id: string,
      kind: 'kiosk' | 'caller' | 'display' | 'rater',
      name: string,
      printerUrl?: string,
      siteId = DEMO_SITE_ID,
      windowId?: string,
    ) => {
      const { token } = accounts.createDevice(
        {
          id,
          kind,
          name,
          siteId,
          demo: true,
          ...(printerUrl ? { printerUrl } : {}),
          ...(windowId ? { windowId } : {}),
        },
        options.now,
      );
      creds.devices.push({ id, kind, token, name, siteId });
    };
    addDevice('kiosk-1', 'kiosk', '大厅取号机1', options.printerUrl);
    addDevice('display-1', 'display', '大厅综合显示屏');
    addDevice('caller-1', 'caller', '窗口叫号终端');
    // 好差评: window 5's rating pad.
    addDevice('rater-w5', 'rater', '5号窗口评价器', undefined, DEMO_SITE_ID, 'w5');
    // Each township hall: a clerk at each window (twn-001-w1…), a kiosk, a hall screen.
    townships.forEach(({ site, windows: own }, t) => {
      const short = site.name.replace('便民服务中心', '');
      own.forEach((w, i) => {
        const name = NAMES[(t * 4 + i + 7) % NAMES.length] as string;
        addStaff(w.id, 'clerk', name, [w.id], 1000 + t * 10 + w.number, site.id);
      });
      addDevice(`${site.id}-kiosk`, 'kiosk', `${short}取号机`, undefined, site.id);
      addDevice(`${site.id}-display`, 'display', `${short}大厅显示屏`, undefined, site.id);
    });
    // Each village room: its agent (代办员, vil-001-1-agent…), who uses the agent page.
    villages.forEach(({ site, agent }, v) => {
      const name = NAMES[(v * 5 + 3) % NAMES.length] as string;
      addStaff(agent, 'agent', name, [], 2000 + v, site.id);
    });
    // Inside the transaction: if the file cannot be written, nothing is
    // seeded, rather than a hall whose passwords nobody knows.
    writeCredentials(path.join(options.dataDir, DEMO_CREDENTIALS_FILE), creds);
  })();
  return creds;
}

/**
 * Written under a temporary name with mode 0600, then renamed over the
 * file: the secrets are never readable by others, not even for a moment,
 * and an older file (from a data directory seeded before) does not keep
 * its wider mode.
 */
function writeCredentials(file: string, creds: DemoCredentials): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(creds, null, 2) + '\n', { mode: 0o600 });
  chmodSync(tmp, 0o600); // a file left by a crash keeps its mode on reopen: set it again
  renameSync(tmp, file);
}
