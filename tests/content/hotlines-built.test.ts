// Every hotline number on a built page is a tap-to-call tel: link (print-only text aside), and only numbers the fact sheet gives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHotlineHtml } from '../../src/content-check/hotline-html';
import { hotlineLike } from '../../src/lib/hotlines';
import { htmlPages, root } from '../e2e/helpers';

const known = new Set(hotlineLike(readFileSync(join(root, 'docs/facts.md'), 'utf8')));
const pages = htmlPages();

describe('hotline numbers on the built pages', () => {
  it('the check catches a bare number, an unknown number and a wrong link, and allows links, print-only text and controls', () => {
    const html = '<p>Call 110 or <a href="tel:96110">96110</a>; not <a href="tel:110">95017</a>; the 12345 line.</p>'
      + '<p class="print-only">12315</p><script>var x = "95188"</script><p>In 2023, 19,800 yuan; 12315.cn</p>'
      + '<label for="a">110</label><p title="95017">attributes are not text</p>';
    expect(checkHotlineHtml(html, known).map((f) => `${f.number}: ${f.problem}`)).toEqual([
      '110: not a tel: link', '95017: tel: link to another number', '12345: not on the fact sheet',
    ]);
  });

  it('pages were built', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages)('%s', (path) => {
    const html = readFileSync(join(root, 'dist', path.endsWith('.html') ? path : `${path}index.html`), 'utf8');
    const findings = checkHotlineHtml(html, known);
    expect(findings.map((f) => `${f.number} ${f.problem}: …${f.excerpt}`).join('\n')).toBe('');
  });
});
