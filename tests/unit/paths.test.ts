// Grouping built pages by the route that made them (tests/support/paths.ts), which the browser tests use to visit
// one page of each kind.
import { describe, expect, it } from 'vitest';
import { onePerTemplate, templateOf } from '../support/paths';

describe('templateOf', () => {
  it('names the route file and the locale', () => {
    expect(templateOf('en/modules/friend-impersonation/how-it-works/')).toBe('en [locale]/modules/[module]/[lesson].astro');
    expect(templateOf('zh-cn/modules/friend-impersonation/')).toBe('zh-cn [locale]/modules/[module]/index.astro');
    expect(templateOf('zh-cn/scenarios/just-blocked/')).toBe('zh-cn [locale]/scenarios/[scenario].astro');
    expect(templateOf('en/')).toBe('en [locale]/index.astro');
    expect(templateOf('')).toBe(' index.astro');
    expect(templateOf('404.html')).toBe(' 404.astro');
  });
  it('prefers a static route to a dynamic one beside it', () => {
    expect(templateOf('en/instructors/debrief/')).toBe('en [locale]/instructors/debrief.astro');
    expect(templateOf('en/instructors/handout/')).toBe('en [locale]/instructors/handout.astro');
    expect(templateOf('en/instructors/new-faces/')).toBe('en [locale]/instructors/[module].astro');
  });
});

describe('onePerTemplate', () => {
  it('keeps the first page of each template and locale', () => {
    const all = ['', 'en/', 'en/scenarios/a/', 'en/scenarios/b/', 'zh-cn/scenarios/a/', 'en/instructors/a/', 'en/instructors/debrief/', 'en/instructors/b/'];
    expect(onePerTemplate(all)).toEqual(['', 'en/', 'en/scenarios/a/', 'zh-cn/scenarios/a/', 'en/instructors/a/', 'en/instructors/debrief/']);
  });
});
