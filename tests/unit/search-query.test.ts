// The search page's URL parameters and excerpt rendering: hostile input stays text.
import { describe, expect, it } from 'vitest';
import { excerptParts, parseSearchQuery, searchFilters, searchQueryString } from '../../src/lib/search-query';

const modules = ['friend-impersonation', 'after-a-scam'];

describe('search query', () => {
  it('reads q, kind and module, dropping unknown filters', () => {
    const q = parseSearchQuery(new URLSearchParams('q=  转账  方法 &kind=lesson&module=after-a-scam'), modules);
    expect(q).toEqual({ q: '转账 方法', kind: 'lesson', module: 'after-a-scam' });
    expect(parseSearchQuery(new URLSearchParams('q=x&kind=<script>&module=nope'), modules)).toEqual({ q: 'x', kind: '', module: '' });
  });
  it('caps very long queries', () => {
    expect(parseSearchQuery(new URLSearchParams(`q=${'a'.repeat(10_000)}`), modules).q).toHaveLength(200);
  });
  it('round-trips through the URL and builds pagefind filters', () => {
    const q = { q: 'red packet', kind: 'glossary' as const, module: '' };
    expect(parseSearchQuery(new URLSearchParams(searchQueryString(q)), modules)).toEqual(q);
    expect(searchFilters(q)).toEqual({ kind: 'glossary' });
    expect(searchQueryString({ q: '', kind: '', module: '' })).toBe('');
  });
});

describe('excerpt parts', () => {
  it('splits highlights from plain text and decodes entities', () => {
    expect(excerptParts('Check the <mark>transfer</mark> screen &amp; name')).toEqual([
      { text: 'Check the ', mark: false }, { text: 'transfer', mark: true }, { text: ' screen & name', mark: false },
    ]);
  });
  it('never passes markup through', () => {
    const parts = excerptParts('&lt;img src=x onerror=alert(1)&gt; <b>bold</b> <mark><i>x</i></mark>');
    expect(parts.map((p) => p.text).join('')).toBe('<img src=x onerror=alert(1)> bold x');
    expect(parts.find((p) => p.mark)?.text).toBe('x');
  });
});
