// The built pages read as finished: no placeholder text, and no UI string of one language on the other's pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import zh from '../../src/i18n/zh-cn.json';
import { htmlPages, root } from '../support/paths';

const pages = htmlPages().filter((p) => p.startsWith('en/') || p.startsWith('zh-cn/'));
const text = (path: string) => readFileSync(join(root, 'dist', `${path}index.html`), 'utf8')
  .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
  .replace(/\s(lang|hreflang)="[^"]*"[^>]*>[^<]*/g, ' ') // text explicitly marked as the other language
  .replace(/<[^>]+>/g, ' ')
  .replace(/&[a-z#0-9]+;/g, ' ');
// Strings long enough to be unmistakable, that differ between the languages (the course's name is bilingual on purpose).
const brand = new Set([en['site.name'], zh['site.name']]);
const distinct = (mine: Record<string, string>, theirs: Record<string, string>) =>
  Object.entries(theirs)
    .filter(([key, value]) => value.length >= 12 && value !== mine[key as keyof typeof mine] && !value.includes('{') && !brand.has(value))
    .map(([, value]) => value);
const enOnly = distinct(zh, en);
const zhOnly = distinct(en, zh);

describe('built text', () => {
  it.each(pages)('%s', (path) => {
    const body = text(path);
    expect(body).not.toMatch(/\b(TODO|TBD|FIXME|Lorem ipsum|placeholder)\b|正在建设|being built/i);
    const foreign = path.startsWith('zh-cn/') ? enOnly : zhOnly;
    expect(foreign.filter((s) => body.includes(s)), 'UI strings of the other language').toEqual([]);
  });
});
