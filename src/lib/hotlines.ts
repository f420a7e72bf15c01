// The hotline numbers the course gives (all from docs/facts.md), and text split into plain and tel: parts.
// Pure: no DOM, no Astro; used by the MDX rehype plugin, Astro components and the scenario islands.

/** Numbers a learner may need to call, each sourced in docs/facts.md section C (a test keeps them in step). */
export const HOTLINES = ['110', '96110', '12315', '95017', '95188'] as const;
export type Hotline = (typeof HOTLINES)[number];

/** A piece of text: plain, or a hotline number to render as a `tel:` link. */
export type HotlinePart = { text: string } | { tel: Hotline; text: string };

/**
 * "Hotline-like": a number shaped like a Chinese service number — a known 3-digit emergency or service
 * number (110, 112, 114, 119, 120, 122) or a 5-digit 95xxx / 96xxx / 123xx number — standing on its own.
 * Not hotline-like: a part of a longer number (2023, 19,800, 0755-86013860, 10:30, 3.98), a price, count or
 * date (followed by 元, 万, 年, 人, %, yuan, …), a domain or URL part (12315.cn, 110.qq.com) or a service
 * name (腾讯110), or a document number (Order No. 119, 第119号).
 */
const CORE = '(?:11[0249]|12[02]|9[56]\\d{3}|123\\d{2})';
/**
 * What may not stand just before a number. Checked on the text before each match rather than as a
 * RegExp lookbehind: Safari before 16.4 (iOS 14–16.3, the browser baseline) cannot even parse one.
 * (A match this rejects cannot hide an overlapping one: that would start right after a digit.)
 */
const BEFORE = /(?:[\d\p{Script=Latin}.,:/\-+_#¥￥$]|腾讯|Tencent |No\. ?|第)$/u;
const UNIT = '(?:元|万|亿|块|角|年|月|日|号|人|位|个|次|岁|条|天|小时|分钟|分|秒|米|%|％|yuan|RMB|people|cases|times|years?|days?|hours?|minutes?|seconds?|percent)';
const AFTER = `(?![\\d\\p{Script=Latin}_])(?![.,:/\\-][\\d\\p{Script=Latin}])(?!\\s?${UNIT})`;
export const HOTLINE_LIKE = new RegExp(`${CORE}${AFTER}`, 'gu');

/** The hotline-like matches in `text` that stand on their own (nothing from BEFORE right before them). */
function matches(text: string): RegExpMatchArray[] {
  // At most 8 characters of context matter ("Tencent ", "No. ").
  return [...text.matchAll(HOTLINE_LIKE)].filter((m) => !BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 8), m.index ?? 0)));
}

const known = new Set<string>(HOTLINES);
export const isHotline = (n: string): n is Hotline => known.has(n);

/** Every hotline-like number in a text, in order (use it to check text against the known set). */
export function hotlineLike(text: string): string[] {
  return matches(text).map((m) => m[0]);
}

/** Split text into plain parts and known hotline numbers; unknown hotline-like numbers stay plain text. */
export function hotlineParts(text: string): HotlinePart[] {
  const out: HotlinePart[] = [];
  let last = 0;
  for (const m of matches(text)) {
    const n = m[0];
    if (!isHotline(n)) continue;
    const at = m.index ?? 0;
    if (at > last) out.push({ text: text.slice(last, at) });
    out.push({ tel: n, text: n });
    last = at + n.length;
  }
  if (last < text.length || out.length === 0) out.push({ text: text.slice(last) });
  return out;
}

/** The `href` for a hotline number. */
export const telHref = (n: Hotline) => `tel:${n}`;
