// UI strings fill placeholders; section anchors in MDX headings become fixed ids.
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import { escapeSectionIds } from '../../src/markdown/vite-section-ids';
import remarkSectionIds from '../../src/markdown/remark-section-ids';
import { sectionAnchors } from '../../src/content-check/context';

describe('t()', () => {
  it('fills placeholders in each language', () => {
    expect(t('en', 'lesson.lessonOf', { n: 2, total: 3 })).toBe('Lesson 2 of 3');
    expect(t('zh-cn', 'lesson.lessonOf', { n: 2, total: 3 })).toBe('第2课，共3课');
  });
});

describe('section anchors', () => {
  it('escapes {#id} only at the end of headings', () => {
    const source = '## Call back {#call-back}\nText {#not-a-heading}\n### 回拨 {#call-back}  ';
    expect(escapeSectionIds(source)).toBe('## Call back \\{#call-back\\}\nText {#not-a-heading}\n### 回拨 \\{#call-back\\}');
  });
  it('moves the anchor from the heading text to its id', () => {
    const heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: '回拨电话 {#call-back}' }] } as const;
    const tree = { type: 'root', children: [structuredClone(heading)] };
    remarkSectionIds()(tree as never);
    const out = tree.children[0] as unknown as { children: { value: string }[]; data: { hProperties: { id: string } } };
    expect(out.children[0]!.value).toBe('回拨电话');
    expect(out.data.hProperties.id).toBe('call-back');
  });
  it('lists the anchors a lesson declares', () => {
    expect([...sectionAnchors('## A {#a}\ntext\n## B\n### C {#c-2}\n')]).toEqual(['a', 'c-2']);
  });
});
