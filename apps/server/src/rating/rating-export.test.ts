/**
 * 好差评 exports on the real server: GET /ratings?format=csv|xlsx gives the
 * provincial platform's columns, one row per rating, in the hall's local
 * time; a voided rating is left out; a clerk is refused.
 */
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestHall } from '../../test/test-hall';
import { finishedHall, rate } from '../../test/rating-hall';
import { EXPORT_COLUMNS } from './rating-export';

let hall: TestHall | undefined;
afterEach(async () => {
  await hall?.close();
  hall = undefined;
});

describe('GET /ratings?format=csv|xlsx', () => {
  it('the provincial columns, one row per rating, as CSV and as a workbook', async () => {
    const { h, ticket, pad5, clerk } = await finishedHall();
    hall = h;
    await rate(h, pad5, { ticketId: ticket.id, level: 2, tags: ['等候时间长', '服务态度差'] });
    const supervisor = await h.login('supervisor');
    const get = (format: string, token = supervisor) =>
      h.app.inject({
        method: 'GET',
        url: `/api/v1/ratings?format=${format}`,
        headers: { authorization: `Bearer ${token}` },
      });
    const staffNo = (await h.request({ method: 'GET', url: '/api/v1/auth/me', token: clerk })).body
      .staff.staffNo as string;
    const item = h.app.hall.catalog.items[h.itemOf('yibao')];
    // Monday 2026-11-23 10:00 in Shanghai, when the test hall's clock stands.
    const row = [
      ticket.id,
      item?.code,
      '现场评价器',
      '不满意',
      '等候时间长；服务态度差',
      '2026-11-23 10:00:00',
      '5号窗口',
      staffNo,
      h.app.hall.catalog.units.yibao?.name,
    ];

    const csv = await get('csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="ratings-district.csv"');
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    expect(csv.body.slice(1).trim().split('\r\n')).toEqual([
      EXPORT_COLUMNS.join(','),
      row.join(','),
    ]);

    const xlsx = await get('xlsx');
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('好差评');
    const values = (n: number) => (sheet?.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual([...EXPORT_COLUMNS]);
    expect(values(2)).toEqual(row);

    expect((await get('csv', clerk)).statusCode).toBe(403);
    expect((await get('pdf')).statusCode).toBe(400);
  });

  it('a voided rating is not exported', async () => {
    const { h, ticket, pad5 } = await finishedHall();
    hall = h;
    await rate(h, pad5, { ticketId: ticket.id, level: 1, tags: ['推诿扯皮'] });
    const supervisor = await h.login('supervisor');
    for (const body of [
      { kind: 'appeal', note: '误评' },
      { kind: 'appealDecision', note: '申诉成立', outcome: 'void' },
    ])
      await h.request({
        method: 'POST',
        url: `/api/v1/rating-cases/case-${ticket.id}/steps`,
        token: supervisor,
        body,
      });
    const csv = await h.app.inject({
      method: 'GET',
      url: '/api/v1/ratings?format=csv',
      headers: { authorization: `Bearer ${supervisor}` },
    });
    expect(csv.body.slice(1).trim().split('\r\n')).toEqual([EXPORT_COLUMNS.join(',')]);
  });
});
