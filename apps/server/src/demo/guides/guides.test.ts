/**
 * The demo hall's office guides: 40 items carry a complete guide that the
 * admin API would accept (the protocol's ItemGuide), with the unit's
 * official name, its windows and at least the identity papers to bring.
 */
import { describe, expect, it } from 'vitest';
import { Value } from 'typebox/value';
import { ItemGuide } from '@hallq/protocol';
import { datasetCatalog } from '../dataset';

const catalog = datasetCatalog({ timeZone: 'Asia/Shanghai' });
const guided = Object.values(catalog.items).filter((i) => i.guide);

describe('demo office guides', () => {
  it('40 items have one, each valid as PATCH /items/:id would take it', () => {
    expect(guided).toHaveLength(40);
    for (const item of guided) expect(Value.Check(ItemGuide, item.guide), item.id).toBe(true);
  });

  it('each is complete: who, on what basis, for whom, what to bring, how, where, when, complaints', () => {
    for (const { id, guide } of guided) {
      expect(guide?.implementer, id).toMatch(/^自贡市/);
      expect(guide?.legalBasis, id).toMatch(/《.+》/);
      expect(guide?.conditions, id).toBeTruthy();
      expect(guide?.materials.length, id).toBeGreaterThanOrEqual(2);
      expect(guide?.process, id).toBeTruthy();
      expect(guide?.place, id).toMatch(/号窗口（.+区）$/);
      expect(guide?.hours, id).toBeTruthy();
      expect(guide?.complaintPhone, id).toBe('12345');
    }
  });

  it('names the windows that serve the unit: 医保局 at 5—8, 公安分局 at 11', () => {
    expect(catalog.items.YB001?.guide?.place).toBe('5—8号窗口（A区）');
    expect(catalog.items.GA002?.guide?.place).toBe('11号窗口（B区）');
    expect(catalog.items.GA002?.guide?.fee?.amount).toContain('120');
  });
});
