import { describe, expect, it } from 'vitest';
import { integrityFlags } from './integrity';

const clerk = (finished: number, rated: number, quick = 0) => ({
  staffId: 's1',
  finished,
  rated,
  quick,
});

describe('R12 integrity', () => {
  it('R12 a clerk far below the hall’s 参评率 is flagged, once they finished enough', () => {
    expect(integrityFlags(clerk(40, 7), 0.5)).toEqual(['lowParticipation']);
    expect(integrityFlags(clerk(40, 10), 0.5)).toEqual([]);
    expect(integrityFlags(clerk(19, 0), 0.5)).toEqual([]);
    expect(integrityFlags(clerk(40, 0), null)).toEqual([]);
  });

  it('R12 ratings within a second of 办结, repeatedly, are flagged', () => {
    expect(integrityFlags(clerk(5, 5, 2), 1)).toEqual([]);
    expect(integrityFlags(clerk(5, 5, 3), 1)).toEqual(['quickRatings']);
    expect(integrityFlags(clerk(40, 2, 3), 0.9)).toEqual(['lowParticipation', 'quickRatings']);
  });
});
