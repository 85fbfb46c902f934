import { describe, expect, it } from 'vitest';
import { parseScreenParams } from './screen-params';

describe('parseScreenParams', () => {
  it('opens the window screen for ?window=5', () => {
    expect(parseScreenParams('?window=5')).toEqual({
      kind: 'window',
      windowNumber: 5,
      siteId: undefined,
    });
  });
  it('limits the hall screen to a zone and units', () => {
    expect(parseScreenParams('?zone=A区&units=yibao, shebao&site=twn-001')).toEqual({
      kind: 'hall',
      siteId: 'twn-001',
      zone: 'A区',
      unitIds: ['yibao', 'shebao'],
    });
  });
  it("shows the whole hall of the token's site for no or nonsense parameters", () => {
    expect(parseScreenParams('')).toEqual({ kind: 'hall', siteId: undefined });
    expect(parseScreenParams('?window=abc')).toEqual({ kind: 'hall', siteId: undefined });
  });
});
