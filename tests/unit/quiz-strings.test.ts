// The quiz script's tiny text helpers: placeholders and point formatting.
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import zhCn from '../../src/i18n/zh-cn.json';
import { fmt, quizScriptKeys, round } from '../../src/islands/quiz-strings';

describe('quiz strings', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fmt('{n} of {total} answered', { n: 3, total: 10 })).toBe('3 of 10 answered');
    expect(fmt('Best {best}%', {})).toBe('Best {best}%');
    expect(fmt(undefined, { n: 1 })).toBe('');
  });
  it('shows points with at most two decimals', () => {
    expect([1, 0.5, 2 / 3, 0, 4.5].map(round)).toEqual(['1', '0.5', '0.67', '0', '4.5']);
  });
  it('has every string the script writes, in both languages', () => {
    for (const key of quizScriptKeys) {
      expect((en as Record<string, string>)[key], key).toBeTruthy();
      expect((zhCn as Record<string, string>)[key], key).toBeTruthy();
    }
  });
});
