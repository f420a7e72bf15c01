// Checks that every UI string key exists, non-empty, in every locale's JSON file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '../i18n/locales';
import { problem, type ContentProblem } from './report';

export function checkUiStrings(dir: string): ContentProblem[] {
  const out: ContentProblem[] = [];
  const tables = new Map<string, Record<string, unknown>>();
  for (const locale of locales) {
    const file = `${locale}.json`;
    try {
      tables.set(locale, JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>);
    } catch (error) {
      out.push(problem(file, '', `cannot read UI strings: ${(error as Error).message}`));
    }
  }
  const allKeys = new Set([...tables.values()].flatMap((t) => Object.keys(t)));
  for (const [locale, table] of tables) {
    for (const key of allKeys) {
      const value = table[key];
      if (typeof value !== 'string' || value.trim() === '') {
        out.push(problem(`${locale}.json`, key, value === undefined ? 'missing UI string' : 'UI string must be non-empty text'));
      }
    }
  }
  return out;
}
