// Internal URLs honour the base path, so the site works at "/" and under a sub-path.
import { describe, expect, it } from 'vitest';
import { basePath, lessonRefUrl, url } from '../../src/lib/urls';
import { localeFromUrl } from '../../src/lib/page-locale';
import { choosePickerLocale } from '../../src/lib/choose-locale';

describe('urls', () => {
  it('normalises the base path', () => {
    expect(basePath('/')).toBe('/');
    expect(basePath('/course')).toBe('/course/');
    expect(basePath('course/')).toBe('/course/');
    expect(basePath('')).toBe('/');
  });
  it('joins paths below the base', () => {
    expect(url('en/glossary/', '/')).toBe('/en/glossary/');
    expect(url('/en/glossary/', '/course/')).toBe('/course/en/glossary/');
  });
  it('resolves lesson references with and without a section', () => {
    expect(lessonRefUrl('zh-cn', 'friend-impersonation/how-to-verify#call-known-number'))
      .toBe('/zh-cn/modules/friend-impersonation/how-to-verify/#call-known-number');
    expect(lessonRefUrl('en', 'after-a-scam/first-hour')).toBe('/en/modules/after-a-scam/first-hour/');
  });
  it('reads the locale from a page URL, under a base too', () => {
    expect(localeFromUrl(new URL('http://x/zh-cn/glossary/'), '/')).toBe('zh-cn');
    expect(localeFromUrl(new URL('http://x/course/zh-cn/'), '/course/')).toBe('zh-cn');
    expect(localeFromUrl(new URL('http://x/course/fr/'), '/course/')).toBe('en');
  });
});

describe('language picker', () => {
  it('prefers the remembered language', () => {
    expect(choosePickerLocale('zh-cn', ['en-US'])).toBe('zh-cn');
  });
  it('ignores a remembered value that is not a locale', () => {
    expect(choosePickerLocale('<script>', ['zh-TW', 'en'])).toBe('zh-cn');
  });
  it('falls back to the first Chinese or English browser language, then English', () => {
    expect(choosePickerLocale(null, ['fr-FR', 'zh-CN', 'en'])).toBe('zh-cn');
    expect(choosePickerLocale('', ['de', 'en-GB'])).toBe('en');
    expect(choosePickerLocale(undefined, ['de'])).toBe('en');
  });
});
