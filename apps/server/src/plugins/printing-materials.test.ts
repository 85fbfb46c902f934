/**
 * 一次性告知 on the printed ticket: once the site's printMaterials is on, the
 * server prints the item's 申请材料 under the notices (GB18030, 80 mm); off,
 * or for an item without a guide, the ticket is as before. The printer's
 * received bytes are decoded back and searched for the materials.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestHall, type TestHall } from '../../test/test-hall';
import { fakePrinter, type FakePrinter } from '../../test/fake-printer';

let hall: TestHall;
let printer: FakePrinter;
let admin: string;
beforeEach(async () => {
  printer = await fakePrinter(() => 0x12); // all clear
  hall = await startTestHall({ env: { HALLQ_PRINTER: printer.url } });
  admin = await hall.login('admin');
});
afterEach(async () => {
  await hall.close();
  await printer.close();
});

interface CatalogItem {
  id: string;
  unitId: string;
  guide?: { materials: { name: string; required: boolean }[] };
}

const items = async (): Promise<CatalogItem[]> =>
  (await hall.request({ method: 'GET', url: '/api/v1/catalog', token: admin })).body.items;
const printed = async (itemId: string) => {
  const before = printer.bytes().length;
  const res = await hall.request({
    method: 'POST',
    url: '/api/v1/tickets',
    token: hall.device('kiosk'),
    body: { itemId, print: true },
  });
  expect(res.body.print).toEqual({ ok: true });
  return new TextDecoder('gb18030').decode(printer.bytes().subarray(before));
};

describe('the materials checklist on a printed ticket', () => {
  it('is printed once the site turns it on, each material with its form and copies', async () => {
    const item = (await items()).find((i) => (i.guide?.materials.length ?? 0) >= 2);
    if (!item?.guide) throw new Error('the demo has items with a guide');
    const [first] = item.guide.materials;

    expect(await printed(item.id)).not.toContain('一次性告知');
    const on = await hall.request({
      method: 'PATCH',
      url: '/api/v1/sites/district',
      token: admin,
      body: { printMaterials: true },
    });
    expect(on.status).toBe(200);

    const text = await printed(item.id);
    expect(text).toContain('请备齐以下申请材料（一次性告知）');
    expect(text).toContain(`1. ${first?.name}`);
    for (const m of item.guide.materials) expect(text).toContain(m.name.slice(0, 8));
    const optional = item.guide.materials.find((m) => !m.required);
    if (optional) expect(text).toContain('（如有请带）');
  });

  it('an item without a guide prints no checklist, even with the setting on', async () => {
    await hall.request({
      method: 'PATCH',
      url: '/api/v1/sites/district',
      token: admin,
      body: { printMaterials: true },
    });
    const bare = (await items()).find((i) => !i.guide);
    if (!bare) throw new Error('the demo has items without a guide');
    expect(await printed(bare.id)).not.toContain('一次性告知');
  });
});
