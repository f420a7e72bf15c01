// Terminology and zh-cn typography: finds replaced variants and punctuation/spacing slips in the course's text.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';

export type TermLocale = 'en' | 'zh-cn';

/** One recurring concept: the preferred word per language and the variants it replaces. */
export interface TermRule {
  id: string;
  concept: string;
  en: string;
  'zh-cn': string;
  /** Words (or /regex/) that must not be used for this concept, per language. */
  variants?: Partial<Record<TermLocale, string[]>>;
  /** A variant inside quotation marks (someone's own word, or an on-screen label) is allowed. */
  allowQuoted?: boolean;
  /** Longer phrases that contain a variant and are allowed as a whole (e.g. an app's own label). */
  allowPhrases?: string[];
  /** Files (relative to the project root) where the variant is the story's own name for the thing. */
  allowFiles?: string[];
  why?: string;
}

/** A zh-cn typography rule checked by a regular expression. */
export interface TypographyRule {
  id: string;
  rule: string;
  pattern: string;
  /** Matches inside these exact phrases are allowed. */
  allowPhrases?: string[];
}

export interface TermsFile {
  terms: TermRule[];
  typography: Partial<Record<TermLocale, TypographyRule[]>>;
}

/** A piece of learner- or facilitator-visible text with where it came from. */
export interface TextPiece {
  file: string;
  where: string;
  locale: TermLocale;
  text: string;
}

export interface TermProblem {
  file: string;
  where: string;
  locale: TermLocale;
  rule: string;
  found: string;
  excerpt: string;
  message: string;
}

export function loadTerms(path: string): TermsFile {
  return parse(readFileSync(path, 'utf8')) as TermsFile;
}

const OPEN_CLOSE: Record<TermLocale, [string, string][]> = {
  en: [['“', '”'], ['"', '"']],
  'zh-cn': [['“', '”'], ['‘', '’'], ['「', '」'], ['『', '』'], ['"', '"']],
};

/** Ranges [start, end) of text inside quotation marks. */
export function quotedRanges(text: string, locale: TermLocale): [number, number][] {
  const out: [number, number][] = [];
  for (const [open, close] of OPEN_CLOSE[locale]) {
    let from = 0;
    for (;;) {
      const a = text.indexOf(open, from);
      if (a < 0) break;
      const b = text.indexOf(close, a + 1);
      if (b < 0) break;
      out.push([a + 1, b]);
      from = b + 1;
    }
  }
  return out;
}

function toRegExp(variant: string, locale: TermLocale): RegExp {
  const m = /^\/(.*)\/([a-z]*)$/.exec(variant);
  if (m) return new RegExp(m[1]!, m[2]!.includes('g') ? m[2] : `${m[2]}g`);
  const escaped = variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // English variants match whole words, case-insensitively (so "summit" also finds "Summit").
  return locale === 'en' ? new RegExp(`\\b${escaped}\\b`, 'gi') : new RegExp(escaped, 'g');
}

function insidePhrase(text: string, index: number, length: number, phrases: string[] | undefined): boolean {
  for (const phrase of phrases ?? []) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(phrase, from);
      if (at < 0) break;
      if (at <= index && index + length <= at + phrase.length) return true;
      from = at + 1;
    }
  }
  return false;
}

const excerptOf = (text: string, index: number, length: number) =>
  text.slice(Math.max(0, index - 20), index + length + 20).replace(/\s+/g, ' ');

/** Every variant or typography slip in the given pieces of text. Pure: no file access. */
export function checkTerms(terms: TermsFile, pieces: TextPiece[]): TermProblem[] {
  const out: TermProblem[] = [];
  for (const piece of pieces) {
    const quoted = quotedRanges(piece.text, piece.locale);
    const inQuotes = (i: number, len: number) => quoted.some(([a, b]) => a <= i && i + len <= b);
    for (const term of terms.terms) {
      if (term.allowFiles?.includes(piece.file)) continue;
      for (const variant of term.variants?.[piece.locale] ?? []) {
        for (const m of piece.text.matchAll(toRegExp(variant, piece.locale))) {
          const i = m.index ?? 0;
          if (term.allowQuoted && inQuotes(i, m[0].length)) continue;
          if (insidePhrase(piece.text, i, m[0].length, term.allowPhrases)) continue;
          out.push({
            ...pick(piece), rule: term.id, found: m[0], excerpt: excerptOf(piece.text, i, m[0].length),
            message: `use “${term[piece.locale]}” (${term.concept}), not “${m[0]}”`,
          });
        }
      }
    }
    for (const rule of terms.typography[piece.locale] ?? []) {
      for (const m of piece.text.matchAll(new RegExp(rule.pattern, 'gu'))) {
        const i = m.index ?? 0;
        if (insidePhrase(piece.text, i, m[0].length, rule.allowPhrases)) continue;
        out.push({ ...pick(piece), rule: rule.id, found: m[0], excerpt: excerptOf(piece.text, i, m[0].length), message: rule.rule });
      }
    }
  }
  return out;
}

const pick = ({ file, where, locale }: TextPiece) => ({ file, where, locale });

/** Visible text of an MDX file: frontmatter title/description, prose, and title/label attributes; not code, ids or URLs. */
export function mdxText(source: string): string {
  const front = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const meta = front ? parse(front[1]!) as Record<string, unknown> : {};
  const body = (front ? source.slice(front[0].length) : source)
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/\]\([^)\s]*\)/g, ']')
    .replace(/\{#[\w-]+\}/g, ' ')
    .replace(/<[A-Za-z][^>]*>/g, (tag) => [...tag.matchAll(/\b(?:title|label|alt)="([^"]*)"/g)].map((m) => `\n${m[1]}\n`).join(''))
    .replace(/<\/[A-Za-z][^>]*>/g, '')
    .replace(/https?:\/\/\S+/g, ' ');
  return [meta.title, meta.description].filter((v) => typeof v === 'string').join('\n') + '\n' + body;
}

/** Every string under an `en` / `zh-cn` key of a parsed YAML document, with its dotted path. */
export function yamlTexts(data: unknown, path = ''): { where: string; locale: TermLocale; text: string }[] {
  if (Array.isArray(data)) return data.flatMap((v, i) => yamlTexts(v, path ? `${path}.${i}` : String(i)));
  if (!data || typeof data !== 'object') return [];
  return Object.entries(data as Record<string, unknown>).flatMap(([key, value]) => {
    const where = path ? `${path}.${key}` : key;
    if ((key === 'en' || key === 'zh-cn') && typeof value === 'string') return [{ where, locale: key as TermLocale, text: value }];
    return yamlTexts(value, where);
  });
}

function walk(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The course's text: every MDX and YAML file under contentDir (but the term list itself) and the UI strings. */
export function collectTexts(root: string, contentDir = join(root, 'content'), i18nDir = join(root, 'src/i18n')): TextPiece[] {
  const rel = (p: string) => relative(root, p).split(sep).join('/');
  const out: TextPiece[] = [];
  for (const path of walk(contentDir)) {
    const file = rel(path);
    if (path.endsWith('.mdx') || path.endsWith('.md')) {
      const locale = (['zh-cn', 'en'] as const).find((l) => file.split('/').includes(l));
      if (locale) out.push({ file, where: '', locale, text: mdxText(readFileSync(path, 'utf8')) });
    } else if ((path.endsWith('.yaml') || path.endsWith('.yml')) && !path.endsWith('terms.yaml')) {
      for (const t of yamlTexts(parse(readFileSync(path, 'utf8')))) out.push({ file, ...t });
    }
  }
  for (const locale of ['en', 'zh-cn'] as const) {
    const path = join(i18nDir, `${locale}.json`);
    const table = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
    for (const [key, text] of Object.entries(table)) out.push({ file: rel(path), where: key, locale, text });
  }
  return out;
}

/** One line per problem, for a readable test failure. */
export function formatTermProblems(problems: TermProblem[]): string {
  return problems.map((p) => `${p.file}${p.where ? ` › ${p.where}` : ''} [${p.locale}] ${p.rule}: ${p.message} — …${p.excerpt}…`).join('\n');
}
