// One word per concept: content/terms.yaml names the preferred terms; no variant or zh-cn typography slip reaches the course.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTerms, collectTexts, formatTermProblems, loadTerms } from '../../src/content-check/terms';
import { root } from '../e2e/helpers';

const terms = loadTerms(join(root, 'content/terms.yaml'));

describe('terminology', () => {
  it('the list names a preferred en and zh-cn term for each concept, with variants, and zh-cn typography rules', () => {
    expect(terms.terms.length).toBeGreaterThanOrEqual(10);
    for (const term of terms.terms) {
      expect(term.en && term['zh-cn'], term.id).toBeTruthy();
      expect(Object.values(term.variants ?? {}).flat().length, term.id).toBeGreaterThan(0);
    }
    expect(terms.typography['zh-cn']!.map((r) => r.id)).toEqual(expect.arrayContaining(['digit-spacing', 'full-width-punctuation']));
  });

  it('the course (content/ and src/i18n) uses only the preferred terms and zh-cn typography', () => {
    const pieces = collectTexts(root);
    expect(pieces.length).toBeGreaterThan(1000);
    const problems = checkTerms(terms, pieces);
    expect(formatTermProblems(problems)).toBe('');
  });

  it('fails on planted variants and slips, and allows a variant in quotation marks', () => {
    const fixture = join(root, 'tests/fixtures/terms');
    const problems = checkTerms(terms, collectTexts(fixture, join(fixture, 'content'), join(fixture, 'i18n')));
    const found = problems.map((p) => `${p.file.replace(/^tests\/fixtures\/terms\//, '')}:${p.rule}:${p.found}`).sort();
    expect(found).toEqual([
      'content/lessons/en/demo/planted.mdx:profile-card:profile page',
      'content/lessons/zh-cn/demo/planted.mdx:digit-spacing:3 年',
      'content/lessons/zh-cn/demo/planted.mdx:seminar:说明会',
      'content/scenarios/planted.yaml:chat-info:聊天详情',
      'i18n/zh-cn.json:full-width-punctuation:实,',
      'i18n/zh-cn.json:presenter-mode:演示模式',
    ].sort());
  });
});
