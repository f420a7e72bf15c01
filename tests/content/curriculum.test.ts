// The curriculum's shape, so a regression fails: modules, lessons per locale, quizzes, scenarios, glossary, sources.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkKeyClaims, type KeyClaim } from '../../src/content-check/key-claims';
import { describe, expect, it } from 'vitest';
import { root } from '../support/paths';
import { courseModules } from '../support/course';

const content = join(root, 'content');
const factsCopy = readFileSync(join(root, 'docs/facts.md'), 'utf8');
const factUrls = new Set([...factsCopy.matchAll(/https?:\/\/[^\s)>\]]+/g)].map((m) => m[0].replace(/[.,;]+$/, '')));
const yaml = (path: string) => parse(readFileSync(join(content, path), 'utf8'));
const modules = courseModules();

describe('fact sheet', () => {
  it('the copy in docs/ matches the project fact sheet when it is present', () => {
    const shared = join(root, '../shared/FACTS.md');
    if (existsSync(shared)) expect(factsCopy).toBe(readFileSync(shared, 'utf8'));
    expect(factUrls.size).toBeGreaterThan(5);
  });
});

describe('modules', () => {
  it('are the five stable ids, in order', () => {
    expect(modules.map((m) => m.id)).toEqual(['friend-impersonation', 'mini-program-scams', 'verify-before-you-pay', 'after-a-scam', 'new-faces']);
  });

  it.each(modules.map((m) => [m.id, m] as const))('%s has 2–4 lessons per locale, each with a case, a checklist, terms and sources from the fact sheet', (_, mod) => {
    expect(mod.lessons.length).toBeGreaterThanOrEqual(2);
    expect(mod.lessons.length).toBeLessThanOrEqual(4);
    for (const locale of ['en', 'zh-cn']) {
      const files = readdirSync(join(content, 'lessons', locale, mod.id)).filter((f) => f.endsWith('.mdx'));
      expect(files.length, `${locale}/${mod.id}`).toBe(mod.lessons.length);
      for (const lesson of mod.lessons) {
        const body = readFileSync(join(content, 'lessons', locale, mod.id, `${lesson}.mdx`), 'utf8');
        const where = `${locale}/${mod.id}/${lesson}`;
        expect(body, where).toMatch(/<Callout type="real-case"/);
        expect(body, where).toMatch(/<Checklist/);
        expect(body, where).toMatch(/<Term id="/);
        const sources = /<Sources>([\s\S]*?)<\/Sources>/.exec(body)?.[1] ?? '';
        const urls = [...sources.matchAll(/\((https?:\/\/[^)\s]+)\)/g)].map((m) => m[1]!);
        expect(urls.some((u) => factUrls.has(u)), `${where}: a Sources URL from the fact sheet`).toBe(true);
      }
    }
  });

  it.each(modules.map((m) => [m.id, m] as const))('%s: every lesson names its key claims, each sourced by the fact sheet and listed in its Sources', (_, mod) => {
    for (const locale of ['en', 'zh-cn']) {
      for (const lesson of mod.lessons) {
        const body = readFileSync(join(content, 'lessons', locale, mod.id, `${lesson}.mdx`), 'utf8');
        const front = parse(/^---\n([\s\S]*?)\n---/.exec(body)?.[1] ?? '') as { keyClaims?: KeyClaim[] };
        expect(checkKeyClaims(front.keyClaims, body, factsCopy), `${locale}/${mod.id}/${lesson}`).toEqual([]);
      }
    }
  });

  it.each(modules.map((m) => [m.id, m] as const))('%s has a quiz with ≥ 8 questions across ≥ 4 types, including judgements', (_, mod) => {
    expect(mod.quizzes.length).toBeGreaterThanOrEqual(1);
    for (const id of mod.quizzes) {
      const quiz = yaml(`quizzes/${id}.yaml`) as { questions: { type: string }[] };
      expect(quiz.questions.length, id).toBeGreaterThanOrEqual(8);
      const types = new Set(quiz.questions.map((q) => q.type));
      expect(types.size, id).toBeGreaterThanOrEqual(4);
      expect(types.has('judgement'), id).toBe(true);
    }
  });
});

describe('scenarios', () => {
  const all = modules.flatMap((m) => m.scenarios.map((id) => ({ id, module: m.id, data: yaml(`scenarios/${id}.yaml`) as {
    kind: string; nodes: Record<string, unknown>; endings: unknown[]; redFlags: unknown[]; protectiveActs: unknown[];
  } })));

  it('cover the required stories', () => {
    expect(all.map((s) => s.id).sort()).toEqual([
      'boss-work-group', 'copied-account-hospital', 'genuine-freelance-quote', 'genuine-friend-in-need',
      'genuine-school-notice', 'grandson-voice-call', 'help-verify-code', 'hijacked-red-packets',
      'just-blocked', 'locked-out-account', 'seminar-group-vip', 'stacked-fees-300', 'teacher-fee-qr',
      'video-call-deposit',
    ]);
    expect(all.filter((s) => s.data.kind === 'genuine').length).toBeGreaterThanOrEqual(2);
  });

  it.each(all.map((s) => [s.id, s] as const))('%s: ≥ 12 nodes, ≥ 3 endings, ≥ 3 red flags (or checks for a control), ≥ 2 protective acts', (_, s) => {
    expect(Object.keys(s.data.nodes).length).toBeGreaterThanOrEqual(12);
    expect(s.data.endings.length).toBeGreaterThanOrEqual(3);
    expect(s.data.protectiveActs.length).toBeGreaterThanOrEqual(2);
    if (s.data.kind === 'scam') expect(s.data.redFlags.length).toBeGreaterThanOrEqual(3);
    else expect(s.data.protectiveActs.length).toBeGreaterThanOrEqual(3);
  });
});

describe('key claims', () => {
  const facts = `- A fact with its original outlet. https://example.org/original ; http://mirror.example/copy (mirror)
  - Its sub-line. https://example.org/sub
- Another fact. http://mirror.example/only (mirror)`;
  const lesson = (urls: string[]) => `<Sources>\n${urls.map((u) => `- [x](${u})`).join('\n')}\n</Sources>`;

  it('fail on a lesson without them, a source missing from Sources, a URL the fact sheet does not give, or a phrase not on it', () => {
    expect(checkKeyClaims(undefined, lesson([]), facts)).toHaveLength(1);
    expect(checkKeyClaims([{ fact: 'A fact with its original outlet', source: 'https://example.org/original' }], lesson([]), facts)[0]).toMatch(/missing from the lesson's Sources/);
    expect(checkKeyClaims([{ fact: 'Another fact.', source: 'https://example.org/original' }], lesson(['https://example.org/original']), facts)[0]).toMatch(/not a URL the fact sheet gives/);
    expect(checkKeyClaims([{ fact: 'An invented fact', source: 'https://example.org/original' }], lesson(['https://example.org/original']), facts)[0]).toMatch(/not on docs\/facts.md/);
  });

  it('prefer the original outlet to a mirror when the fact sheet gives both, and accept a sub-line URL', () => {
    expect(checkKeyClaims([{ fact: 'A fact with its original outlet', source: 'http://mirror.example/copy' }], lesson(['http://mirror.example/copy']), facts)[0]).toMatch(/is a mirror/);
    expect(checkKeyClaims([{ fact: 'Another fact.', source: 'http://mirror.example/only' }], lesson(['http://mirror.example/only']), facts)).toEqual([]);
    expect(checkKeyClaims([{ fact: 'A fact with its original outlet', source: 'https://example.org/sub' }], lesson(['https://example.org/sub']), facts)).toEqual([]);
  });
});

describe('glossary', () => {
  const terms = yaml('glossary.yaml') as { id: string }[];
  const lessonText = ['en', 'zh-cn'].map((locale) => readdirSync(join(content, 'lessons', locale), { recursive: true })
    .map(String).filter((f) => f.endsWith('.mdx')).map((f) => readFileSync(join(content, 'lessons', locale, f), 'utf8')).join('\n'));

  it('has at least 20 terms', () => {
    expect(terms.length).toBeGreaterThanOrEqual(20);
  });

  it.each(terms.map((t) => t.id))('%s is referenced from a lesson in both languages', (id) => {
    for (const text of lessonText) expect(text).toContain(`<Term id="${id}"`);
  });
});
