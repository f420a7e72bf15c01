// The one placeholder filler and language picker (src/i18n/format.ts), as t() and every island use them.
import { describe, expect, it } from 'vitest';
import { fill, formatAmount, outcomeLabel, pick, t, translator } from '../../src/i18n';

describe('fill', () => {
  it('fills placeholders and leaves one without a value visible', () => {
    expect(fill('{n} of {total} answered', { n: 3, total: 10 })).toBe('3 of 10 answered');
    expect(fill('Best {best}%', {})).toBe('Best {best}%');
    expect(fill('{a}{a}', { a: 0 })).toBe('00');
    expect(fill('no params {x}')).toBe('no params {x}');
    expect(fill(undefined, { n: 1 })).toBe('');
  });
  it('never reads inherited properties', () => {
    expect(fill('{constructor} {toString}', {})).toBe('{constructor} {toString}');
  });
  it('is what t() uses', () => {
    expect(t('en', 'progress.percent', { n: 40 })).toBe(fill(t('en', 'progress.percent'), { n: 40 }));
    expect(t('en', 'progress.percent')).toContain('{n}');
  });
});

describe('translator and pick', () => {
  it('looks up resolved strings, the key itself when one is missing', () => {
    const tr = translator<'a' | 'b'>({ a: 'A {x}' } as Record<'a' | 'b', string>);
    expect(tr('a', { x: 1 })).toBe('A 1');
    expect(tr('b')).toBe('b');
  });
  it('picks the page language', () => {
    expect(pick('zh-cn', { en: 'hi', 'zh-cn': '你好' })).toBe('你好');
  });
});

describe('outcomeLabel', () => {
  const text = (locale: 'en' | 'zh-cn') => (key: string, params?: Record<string, string | number>) =>
    t(locale, `scenario.${key}` as Parameters<typeof t>[1], params);
  it('names the amount lost, in the page number style', () => {
    expect(outcomeLabel('en', { outcome: 'lost', amount: 12000 }, text('en'))).toBe(t('en', 'scenario.outcome.lostAmount', { amount: '12,000' }));
    expect(formatAmount('zh-cn', 1234.5)).toBe('1,234.5');
    expect(formatAmount('en', 0.125)).toBe('0.13');
  });
  it('otherwise uses the outcome\'s own words', () => {
    expect(outcomeLabel('zh-cn', { outcome: 'lost' }, text('zh-cn'))).toBe(t('zh-cn', 'scenario.outcome.lost'));
    expect(outcomeLabel('en', { outcome: 'helped', amount: 500 }, text('en'))).toBe(t('en', 'scenario.outcome.helped'));
  });
});
