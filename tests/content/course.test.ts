// Content validation: the real course passes, and each kind of mistake in a fixture course is named by file and field.
import { rmSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/content-check';
import { editFile, fixtureCourse, fixtureStrings, validFixture } from '../support/fixture';

describe('the real course content', () => {
  it('has no problems', () => {
    const problems = checkContent();
    expect(formatProblems(problems)).toBe('');
  });
});

describe('content validation on fixture courses', () => {
  it('accepts the valid fixture', () => {
    expect(checkContent(validFixture, null)).toEqual([]);
  });

  it('names a lesson that is missing its translation', () => {
    const dir = fixtureCourse((d) => unlinkSync(join(d, 'lessons/zh-cn/sample/second.mdx')));
    const text = formatProblems(checkContent(dir, null));
    expect(text).toContain('lessons/en/sample/second.mdx › translation: missing its zh-cn translation (expected lessons/zh-cn/sample/second.mdx)');
    expect(text).toContain('modules/sample.yaml › lessons.1: lesson "second" has no zh-cn file');
  });

  it('names a lesson under an unknown module', () => {
    const dir = fixtureCourse((d) => {
      rmSync(join(d, 'modules/sample.yaml'));
    });
    const text = formatProblems(checkContent(dir, null));
    expect(text).toContain('lessons/en/sample/first.mdx › module: unknown module "sample" (no modules/sample.yaml)');
  });

  it('names an unknown scenario or quiz referenced by a module', () => {
    const dir = fixtureCourse((d) => editFile(join(d, 'modules/sample.yaml'), (s) => `${s}scenarios: [ghost-chat]\nquizzes: [ghost-quiz]\n`));
    const text = formatProblems(checkContent(dir, null));
    expect(text).toContain('modules/sample.yaml › scenarios.0: unknown scenario "ghost-chat"');
    expect(text).toContain('modules/sample.yaml › quizzes.0: unknown quiz "ghost-quiz"');
  });

  it('names a module field with the wrong type or a missing translation', () => {
    const dir = fixtureCourse((d) => editFile(join(d, 'modules/sample.yaml'), (s) => s.replace('zh-cn: "示例单元"', 'zh-cn: ""').replace('minutes: 10', 'minutes: ten')));
    const text = formatProblems(checkContent(dir, null));
    expect(text).toContain('modules/sample.yaml › title.zh-cn: missing Chinese text (zh-cn)');
    expect(text).toMatch(/modules\/sample\.yaml › minutes: .*number/i);
  });

  it('names a lesson frontmatter problem and a glossary reference that does not exist', () => {
    const dir = fixtureCourse((d) => editFile(join(d, 'lessons/en/sample/first.mdx'), (s) => s.replace('minutes: 5\n', '').replace('id="delayed-arrival"', 'id="no-such-term"')));
    const text = formatProblems(checkContent(dir, null));
    expect(text).toContain('lessons/en/sample/first.mdx › frontmatter.minutes: Required');
    expect(text).toContain('lessons/en/sample/first.mdx › Term.id: <Term id="no-such-term"> is not in glossary.yaml');
  });

  it('names duplicate glossary ids and unparseable YAML', () => {
    const dir = fixtureCourse((d) => {
      editFile(join(d, 'glossary.yaml'), (s) => s + s);
      editFile(join(d, 'modules/sample.yaml'), (s) => `${s}\n  bad: [unclosed\n`);
    });
    const text = formatProblems(checkContent(dir, null));
    expect(text).toContain('glossary.yaml › 1.id: duplicate id "delayed-arrival"');
    expect(text).toContain('modules/sample.yaml: not valid YAML');
  });

  it('names a UI string missing in one locale', () => {
    const strings = fixtureStrings((d) => editFile(join(d, 'zh-cn.json'), (s) => {
      const table = JSON.parse(s) as Record<string, string>;
      delete table['nav.home'];
      return JSON.stringify(table);
    }));
    const text = formatProblems(checkContent(validFixture, strings));
    expect(text).toBe('zh-cn.json › nav.home: missing UI string');
  });
});
