import { describe, expect, it } from 'vitest';
import { decideProxyStep, type ProxyState } from './steps';

const submitted: ProxyState = { status: 'submitted', trips: 1, materials: ['居民身份证'] };

describe('Q28 the life of a proxy ticket', () => {
  it('Q28 accept, then finish: done in one trip', () => {
    const accepted = decideProxyStep(submitted, { kind: 'accept', note: '' });
    expect(accepted).toMatchObject({ ok: true, value: { status: 'accepted', trips: 1 } });
    if (!accepted.ok) return;
    expect(
      decideProxyStep({ ...submitted, status: 'accepted' }, { kind: 'finish', note: '已办结' }),
    ).toMatchObject({ ok: true, value: { status: 'done', trips: 1, note: '已办结' } });
  });

  it('Q28 missing materials go back to the agent with the list; bringing them is one more trip', () => {
    const asked = decideProxyStep(submitted, {
      kind: 'askMaterials',
      note: '请补充户口簿复印件',
      materials: ['户口簿', '户口簿', ' '],
    });
    expect(asked).toEqual({
      ok: true,
      value: {
        status: 'materialsMissing',
        trips: 1,
        materials: ['居民身份证'],
        missing: ['户口簿'],
        note: '请补充户口簿复印件',
      },
    });
    const back = decideProxyStep(
      { status: 'materialsMissing', trips: 1, materials: ['居民身份证'] },
      { kind: 'resubmit', note: '', materials: ['户口簿'] },
    );
    expect(back).toMatchObject({
      ok: true,
      value: { status: 'submitted', trips: 2, materials: ['居民身份证', '户口簿'] },
    });
  });

  it('Q28 asking for materials needs the list and a note', () => {
    expect(decideProxyStep(submitted, { kind: 'askMaterials', note: 'x' })).toMatchObject({
      ok: false,
      code: 'HALLQ_E_PROXY_MATERIALS_REQUIRED',
    });
    expect(
      decideProxyStep(submitted, { kind: 'askMaterials', note: ' ', materials: ['户口簿'] }),
    ).toMatchObject({ ok: false, code: 'HALLQ_E_NOTE_REQUIRED' });
  });

  it('Q28 steps out of order are refused: no finish before accepting, nothing after done', () => {
    const refused = (status: ProxyState['status'], kind: 'accept' | 'finish' | 'resubmit') =>
      decideProxyStep({ ...submitted, status }, { kind, note: 'x' });
    expect(refused('submitted', 'finish')).toMatchObject({
      ok: false,
      code: 'HALLQ_E_PROXY_STEP_NOT_ALLOWED',
    });
    expect(refused('submitted', 'resubmit')).toMatchObject({ ok: false });
    expect(refused('done', 'accept')).toMatchObject({ ok: false });
    expect(refused('materialsMissing', 'finish')).toMatchObject({ ok: false });
  });
});
