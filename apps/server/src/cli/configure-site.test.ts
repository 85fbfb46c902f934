/**
 * `pnpm hallq configure-site` and `create-site`, their options read into the
 * body the admin API takes (the port is a fake that keeps what it was
 * given): the newer 大厅设置 (voice, public URL, 一次性告知) as well as the
 * first four, and a bad value refused before anything is sent.
 */
import { describe, expect, it } from 'vitest';
import type { Site } from '@hallq/core';
import type { UpdateSiteBody } from '@hallq/protocol';
import { loadConfig } from '../config';
import type { AdminPort } from './admin-port';
import { checkOptions, run, type Values } from './commands';
import type { SecretSource } from './secrets';

function fakePort() {
  const sent: { update?: UpdateSiteBody; site?: Site } = {};
  const port = {
    via: 'a fake',
    siteFromSession: true,
    async updateSite(id: string, body: UpdateSiteBody) {
      sent.update = body;
      return {
        id,
        openingHours: [],
        numberWidth: 3,
        priorityRatio: { priority: 2, ordinary: 1 },
        workingWeekdays: [1, 2, 3, 4, 5],
        ...body,
      } as unknown as Site;
    },
    async createSite(site: Site) {
      sent.site = site;
    },
  } as unknown as AdminPort;
  return { port, sent };
}
const secrets = {} as SecretSource;
const config = loadConfig({ HALLQ_DATA_DIR: '/nonexistent' });

describe('configure-site', () => {
  it('reads the voice, the public URL and 一次性告知 into the site settings', async () => {
    const { port, sent } = fakePort();
    const values: Values = {
      site: 'district',
      'voice-template': '请{number}号到{window}号窗口',
      'voice-repeat': '3',
      'voice-one': 'yi',
      'public-url': 'https://hall.example.gov.cn',
      'print-materials': 'on',
    };
    checkOptions('configure-site', values);
    const out = await run('configure-site', values, port, secrets, config);
    expect(sent.update).toEqual({
      voice: { template: '请{number}号到{window}号窗口', repeat: 3, one: 'yi' },
      publicUrl: 'https://hall.example.gov.cn',
      printMaterials: true,
    });
    expect(out).toMatch(/public URL https:\/\/hall.example.gov.cn, materials printed/);
  });

  it('"none" clears the public URL and "off" stops printing the materials', async () => {
    const { port, sent } = fakePort();
    await run(
      'configure-site',
      { site: 'district', 'public-url': 'none', 'print-materials': 'off' },
      port,
      secrets,
      config,
    );
    expect(sent.update).toEqual({ publicUrl: null, printMaterials: false });
  });

  it.each([
    ['voice-repeat', '9'],
    ['voice-one', 'one'],
    ['public-url', 'ftp://x'],
    ['print-materials', 'yes'],
  ])('refuses --%s %s before sending anything', (key, value) => {
    expect(() => checkOptions('configure-site', { site: 'district', [key]: value })).toThrow(
      new RegExp(`--${key}`),
    );
  });
});

describe('create-site', () => {
  it('names the parent of a township or village', async () => {
    const { port, sent } = fakePort();
    await run(
      'create-site',
      { id: 'twn-x', name: '新镇', level: 'township', parent: 'district' },
      port,
      secrets,
      config,
    );
    expect(sent.site).toMatchObject({
      id: 'twn-x',
      level: 'township',
      parentId: 'district',
      timeZone: 'Asia/Shanghai',
    });
  });
});
