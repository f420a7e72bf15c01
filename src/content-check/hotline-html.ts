// Finds hotline-like numbers in built HTML that are not tel: links (outside print-only text) or not on the fact sheet.
import { hotlineLike } from '../lib/hotlines';

export interface HotlineFinding {
  number: string;
  problem: 'not a tel: link' | 'not on the fact sheet' | 'tel: link to another number';
  excerpt: string;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style', 'template', 'noscript', 'svg']);
/** A tel: link can't sit inside a control (tapping would dial instead of choosing), so their text is exempt. */
const CONTROL = new Set(['button', 'label', 'option', 'select', 'textarea', 'summary']);

const decode = (s: string) => s
  .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
  .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
  .replace(/&nbsp;/g, '\u00a0').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

interface Open { name: string; tel?: string | undefined; printOnly: boolean; raw: boolean }

/**
 * Walk the text of an HTML page. A hotline-like number must be inside `<a href="tel:N">` with N the same
 * number, or inside an element with class `print-only`, or inside a control (button, label, option…); every such number must be in `known` (the set the
 * fact sheet gives).
 */
export function checkHotlineHtml(html: string, known: ReadonlySet<string>): HotlineFinding[] {
  const out: HotlineFinding[] = [];
  const stack: Open[] = [];
  const tokens = html.split(/(<!--[\s\S]*?-->|<\/?[a-zA-Z](?:[^>"']|"[^"]*"|'[^']*')*>)/);
  let context = '';
  for (const token of tokens) {
    if (token.startsWith('<!--')) continue;
    if (token.startsWith('<')) {
      const close = /^<\/([a-zA-Z][\w:-]*)/.exec(token);
      if (close) {
        const name = close[1]!.toLowerCase();
        const at = stack.map((o) => o.name).lastIndexOf(name);
        if (at >= 0) stack.length = at;
        continue;
      }
      const open = /^<([a-zA-Z][\w:-]*)/.exec(token);
      if (!open) continue;
      const name = open[1]!.toLowerCase();
      if (VOID.has(name) || token.endsWith('/>')) continue;
      const href = /\shref\s*=\s*["']tel:([^"']*)["']/i.exec(token)?.[1];
      const cls = /\sclass\s*=\s*["']([^"']*)["']/i.exec(token)?.[1] ?? '';
      stack.push({ name, tel: name === 'a' ? href : undefined, printOnly: /(^|\s)print-only(\s|$)/.test(cls), raw: RAW.has(name) });
      continue;
    }
    if (stack.some((o) => o.raw)) continue;
    const text = decode(token);
    context = (context + text).slice(-60);
    const tel = [...stack].reverse().find((o) => o.tel !== undefined)?.tel;
    const printOnly = stack.some((o) => o.printOnly || CONTROL.has(o.name));
    for (const number of hotlineLike(text)) {
      const excerpt = context.replace(/\s+/g, ' ').trim();
      if (!known.has(number)) out.push({ number, problem: 'not on the fact sheet', excerpt });
      else if (tel !== undefined && tel !== number) out.push({ number, problem: 'tel: link to another number', excerpt });
      else if (tel === undefined && !printOnly) out.push({ number, problem: 'not a tel: link', excerpt });
    }
  }
  return out;
}
