// Every guide can print its one-page run sheet: three pause points with a prompt, a 45-minute timing table that
// matches the module's 45-minute plan, and a quiz for the answers, in both languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sessionMinutes, timingRows } from '../../src/components/guide/run-sheet';
import { courseModules } from '../support/course';
import { root } from '../support/paths';

const locales = ['en', 'zh-cn'] as const;
const modules = courseModules();

function guide(locale: string, module: string): { data: { pauses?: { at: string; ask: string }[] }; body: string } {
  const text = readFileSync(join(root, 'content/guides', locale, `${module}.mdx`), 'utf8');
  const [, front = '', body = ''] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
  return { data: parse(front), body };
}

describe.each(modules.map((m) => [m.id, m] as const))('run sheet of %s', (id, mod) => {
  it.each(locales)('%s: three pause points, each a place and a question', (locale) => {
    const pauses = guide(locale, id).data.pauses ?? [];
    expect(pauses).toHaveLength(3);
    for (const p of pauses) {
      expect(p.at.trim().length, 'at').toBeGreaterThan(0);
      expect(p.ask, 'a prompt is a question').toMatch(locale === 'en' ? /\?["”]?$/ : /？["”]?$/);
    }
  });

  it.each(locales)('%s: a timing table for the 45-minute plan the QR opens', (locale) => {
    const rows = timingRows(guide(locale, id).body);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(rows.every((r) => /^\d+–\d+$/.test(r.minutes) && r.activity.length > 0)).toBe(true);
    expect(sessionMinutes(rows)).toBe(45);
    const data = parse(readFileSync(join(root, 'content/modules', `${id}.yaml`), 'utf8')) as { plans?: Record<string, string[]> };
    expect(data.plans?.['45']?.length).toBeGreaterThan(0);
  });

  it('has a quiz for the answers, and both languages pause at the same number of points', () => {
    expect(mod.quizzes.length).toBeGreaterThan(0);
    expect(guide('en', id).data.pauses?.length).toBe(guide('zh-cn', id).data.pauses?.length);
  });
});
