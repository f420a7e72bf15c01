// Hotline numbers: which numbers count as hotline-like, how text splits into tel: parts, and that the set matches the fact sheet.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOTLINES, hotlineLike, hotlineParts } from '../../src/lib/hotlines';
import { root } from '../e2e/helpers';

describe('hotline-like numbers', () => {
  it.each([
    ['Call 110 now.', ['110']],
    ['拨打110报警，96110来电要接。', ['110', '96110']],
    ['WeChat Pay (95017), Alipay (95188), complaints 12315; the ambulance is 120.', ['95017', '95188', '12315', '120']],
    ['a 5-digit service line such as 12345 or 96666', ['12345', '96666']],
  ])('finds them in %j', (text, numbers) => {
    expect(hotlineLike(text)).toEqual(numbers);
  });

  it.each([
    'In 2023, 19,800 yuan; 2018-08-14; at 11:40; 3.98万',
    '95000元, 12300 yuan, 110 people, 120元, 119.8万, 110,000 yuan, 96%',
    'online at 12315.cn, or 110.qq.com, or the 腾讯110 service; Tencent 110',
    'call 0755-86013860; a number 1381234110; wxid_96110; order #12315; ¥12315; Presidential Order No. 119; 第119号',
  ])('does not take years, prices, dates, counts, domains or longer numbers for hotlines: %j', (text) => {
    expect(hotlineLike(text)).toEqual([]);
  });
});

describe('hotlineParts', () => {
  it('splits text into plain parts and tel parts for the course hotlines', () => {
    expect(hotlineParts('先打110，再打95017。')).toEqual([
      { text: '先打' }, { tel: '110', text: '110' }, { text: '，再打' }, { tel: '95017', text: '95017' }, { text: '。' },
    ]);
    expect(hotlineParts('12315')).toEqual([{ tel: '12315', text: '12315' }]);
  });

  it('leaves text without hotlines, and hotline-like numbers the course does not give, as one plain part', () => {
    expect(hotlineParts('In 2023, 19,800 yuan.')).toEqual([{ text: 'In 2023, 19,800 yuan.' }]);
    expect(hotlineParts('the ambulance is 120')).toEqual([{ text: 'the ambulance is 120' }]);
    expect(hotlineParts('')).toEqual([{ text: '' }]);
  });

  it('keeps every character, in order', () => {
    const text = '110 or 96110? 12315.cn, 95188 and 95017; 2023年';
    expect(hotlineParts(text).map((p) => p.text).join('')).toBe(text);
  });
});

describe('the hotline set', () => {
  it('is exactly the hotline-like numbers on docs/facts.md', () => {
    const facts = readFileSync(join(root, 'docs/facts.md'), 'utf8');
    expect(new Set(hotlineLike(facts))).toEqual(new Set(HOTLINES));
  });
});
