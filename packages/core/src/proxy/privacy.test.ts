import { describe, expect, it } from 'vitest';
import { maskApplicant, maskName, maskPhone } from './privacy';

describe('Q30 the villager is masked outside the record', () => {
  it('Q30 a name keeps its first character, a phone its first three and last four digits', () => {
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('李四')).toBe('李*');
    expect(maskName('王')).toBe('王*');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('0833-5212345')).toBe('083*****2345');
    expect(maskPhone('12345')).toBe('*****');
    expect(maskApplicant({ name: '赵敏', phone: '13900001111' })).toEqual({
      name: '赵*',
      phone: '139****1111',
    });
  });
});
