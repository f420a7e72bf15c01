// The discernment check's two forms: valid in both languages, parallel and balanced (scam/genuine, the two scams,
// every module of the course as content/modules lists it), facts traced, and no item taken from a scenario.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { root } from '../e2e/helpers';
import { courseModules } from '../support/course';
import { checkFormSchema, type CheckForm, type CheckItem } from '../../src/schemas/check';

const content = join(root, 'content');
const read = (form: string): CheckForm => checkFormSchema.parse(parse(readFileSync(join(content, 'check', `${form}.yaml`), 'utf8')));
const forms = { a: read('a'), b: read('b') };
const all = [...forms.a.items, ...forms.b.items];
/** new-faces (issue 14) is written alongside this check; its items count like any module's once content/modules has it. */
const modules = courseModules().map((m) => m.id);
const known = new Set([...modules, 'new-faces']);

/** Every learner-visible string of an item, per locale. */
function texts(item: CheckItem, locale: 'en' | 'zh-cn'): string[] {
  const out: string[] = [item.setup[locale], item.why[locale]];
  const s = item.screen;
  if (s.kind === 'chat') out.push(s.title[locale], ...s.lines.flatMap((l) => [l.text[locale], ...(l.name ? [l.name[locale]] : [])]));
  if (s.kind === 'profile') out.push(s.name[locale], s.region[locale], s.request[locale], s.moments[locale]);
  if (s.kind === 'transfer') out.push(s.to[locale], s.realName[locale], ...[s.note, s.notice, s.arrival].flatMap((x) => (x ? [x[locale]] : [])));
  if (s.kind === 'pitch') out.push(s.from[locale], s.title[locale], ...s.lines.map((l) => l[locale]));
  return out;
}
/** What the learner judges: the screen's own lines (not the setup, the explanation or a header's name). */
function screenLines(item: CheckItem, locale: 'en' | 'zh-cn'): string[] {
  const s = item.screen;
  if (s.kind === 'chat') return s.lines.map((l) => l.text[locale]);
  if (s.kind === 'profile') return [s.request[locale], s.moments[locale]];
  if (s.kind === 'transfer') return [s.note, s.notice, s.arrival].flatMap((x) => (x ? [x[locale]] : []));
  return [s.title[locale], ...s.lines.map((l) => l[locale])];
}

const composition = (items: CheckItem[]) => {
  const count = new Map<string, number>();
  for (const i of items) count.set(`${i.module}|${i.scam}|${i.truth}`, (count.get(`${i.module}|${i.scam}|${i.truth}`) ?? 0) + 1);
  return Object.fromEntries([...count].sort());
};

describe('discernment check forms', () => {
  it.each(Object.entries(forms))('form %s has at least 12 items, half scams and half genuine', (_, form) => {
    expect(form.items.length).toBeGreaterThanOrEqual(12);
    const scams = form.items.filter((i) => i.truth === 'scam').length;
    expect(scams * 2).toBe(form.items.length);
  });

  it('the forms are parallel: the same count of scam and genuine items per module and per scam', () => {
    expect(composition(forms.a.items)).toEqual(composition(forms.b.items));
  });

  it.each(Object.entries(forms))('form %s covers every module and both scams with scam and genuine items', (_, form) => {
    for (const m of modules) {
      const here = form.items.filter((i) => i.module === m);
      expect(here.some((i) => i.truth === 'scam'), `${m}: a scam item`).toBe(true);
      expect(here.some((i) => i.truth === 'genuine'), `${m}: a genuine item`).toBe(true);
    }
    for (const scam of ['impersonation', 'training'] as const) {
      const here = form.items.filter((i) => i.scam === scam);
      expect(here.filter((i) => i.truth === 'scam').length, scam).toBeGreaterThanOrEqual(2);
      expect(here.filter((i) => i.truth === 'genuine').length, scam).toBeGreaterThanOrEqual(2);
    }
    const scams = form.items.filter((i) => i.truth === 'scam');
    const impersonation = scams.filter((i) => i.scam === 'impersonation').length;
    expect(Math.abs(impersonation * 2 - scams.length)).toBeLessThanOrEqual(2); // the two scams within one item of even
    for (const i of form.items) expect(known.has(i.module), `${i.id}: module ${i.module}`).toBe(true);
  });

  it('item ids are unique across both forms, and each form mixes the kinds of screen', () => {
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
    for (const form of Object.values(forms)) expect(new Set(form.items.map((i) => i.screen.kind)).size).toBe(4);
  });

  it('both languages are complete and each is written in its own language', () => {
    for (const item of all) {
      for (const text of texts(item, 'zh-cn')) if (text.length > 12) expect(text, `${item.id}: zh-cn`).toMatch(/\p{Script=Han}/u);
      for (const text of texts(item, 'en')) expect(text, `${item.id}: en`).not.toMatch(/\p{Script=Han}{3,}/u);
    }
  });

  it('facts trace to the fact sheet and avoid what it marks unconfirmed', () => {
    const sheet = readFileSync(join(root, 'docs/facts.md'), 'utf8');
    for (const item of all) for (const letter of item.facts.split(', ')) expect(sheet, `${item.id}: section ${letter}`).toContain(`## ${letter}.`);
    const forbidden = [/共同好友(?!.*(打|typed))/, /mutual friends?$/i, /撤回|cancel the transfer/i, /我在开会，不方便接电话|先把钱转给这个账户/, /暗号|code word/i];
    for (const item of all) {
      const screen = item.screen;
      // A mutual-friend claim may appear only as text the sender typed into a request, and its explanation must say so.
      if (screen.kind === 'profile' && /共同好友/.test(screen.request['zh-cn'])) expect(item.why.en).toMatch(/typed by the sender/);
      for (const text of [...screenLines(item, 'en'), ...screenLines(item, 'zh-cn')].filter((t) => !(screen.kind === 'profile' && t === screen.request.en) && !(screen.kind === 'profile' && t === screen.request['zh-cn']))) {
        for (const pattern of forbidden) expect(text, item.id).not.toMatch(pattern);
      }
    }
  });

  it('no item repeats a scenario: no shared line, and no scenario participant\'s name or account', () => {
    const norm = (s: string) => s.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
    const scenarioStrings: string[] = [];
    const names = new Set<string>();
    const accounts = new Set<string>();
    const walk = (x: unknown): void => {
      if (typeof x === 'string') scenarioStrings.push(norm(x));
      else if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object') Object.values(x).forEach(walk);
    };
    for (const file of readdirSync(join(content, 'scenarios')).filter((f) => f.endsWith('.yaml'))) {
      const s = parse(readFileSync(join(content, 'scenarios', file), 'utf8')) as { participants: { name: { en: string; 'zh-cn': string }; accountId: string }[]; nodes: unknown };
      walk(s.nodes);
      for (const p of s.participants) { names.add(norm(p.name.en)); names.add(norm(p.name['zh-cn'])); accounts.add(p.accountId); }
    }
    for (const item of all) {
      for (const locale of ['en', 'zh-cn'] as const) {
        for (const line of screenLines(item, locale).map(norm).filter((l) => l.length >= (locale === 'en' ? 12 : 6))) {
          expect(scenarioStrings.some((s) => s.includes(line) || (s.length >= 6 && line.includes(s) && s.length > line.length / 2)), `${item.id} (${locale}): "${line}"`).toBe(false);
        }
      }
      const s = item.screen;
      const shownName = s.kind === 'chat' ? s.title : s.kind === 'profile' ? s.name : s.kind === 'transfer' ? s.to : s.from;
      expect(names.has(norm(shownName.en)) || names.has(norm(shownName['zh-cn'])), `${item.id}: a scenario's participant`).toBe(false);
      if (s.kind === 'profile') expect(accounts.has(s.accountId), item.id).toBe(false);
    }
  });
});
