// Key claims of a lesson against the fact sheet: each claim's phrase is on docs/facts.md and its source URL is
// one the supporting bullet gives (preferring the original outlet) and one the lesson's Sources list includes.

export interface KeyClaim { fact: string; source: string }

/** The fact-sheet bullet (with its sub-lines) that contains `phrase`, or undefined. */
export function factBullet(facts: string, phrase: string): string | undefined {
  const lines = facts.split('\n');
  const at = lines.findIndex((l) => l.includes(phrase));
  if (at < 0) return undefined;
  const indent = (l: string) => /^(\s*)/.exec(l)![1]!.length;
  let start = at;
  while (start > 0 && !/^\s*- /.test(lines[start]!)) start--;
  const own = indent(lines[start]!);
  let end = at + 1;
  while (end < lines.length && lines[end]!.trim() !== '' && !/^#/.test(lines[end]!)
    && !(/^\s*- /.test(lines[end]!) && indent(lines[end]!) <= own)) end++;
  return lines.slice(start, end).join('\n');
}

const urlsIn = (text: string) => [...text.matchAll(/https?:\/\/[^\s)>\]]+/g)].map((m) => m[0].replace(/[.,;]+$/, ''));

/** URLs in a lesson's <Sources> block. */
export function sourcesOf(body: string): string[] {
  const block = /<Sources>([\s\S]*?)<\/Sources>/.exec(body)?.[1] ?? '';
  return [...block.matchAll(/\((https?:\/\/[^)\s]+)\)/g)].map((m) => m[1]!);
}

/** What is wrong with a lesson's key claims, one line each; [] when they all hold. */
export function checkKeyClaims(claims: KeyClaim[] | undefined, body: string, facts: string): string[] {
  if (!claims?.length) return ['no keyClaims in the frontmatter (list each key claim: a fact-sheet phrase and its source URL)'];
  const sources = sourcesOf(body);
  const out: string[] = [];
  for (const { fact, source } of claims) {
    const bullet = factBullet(facts, fact);
    if (!bullet) { out.push(`“${fact}” is not on docs/facts.md`); continue; }
    const given = urlsIn(bullet);
    if (!given.includes(source)) { out.push(`${source} is not a URL the fact sheet gives for “${fact}” (it gives: ${given.join(' ; ') || 'none'})`); continue; }
    if (!sources.includes(source)) out.push(`${source} (for “${fact}”) is missing from the lesson's Sources`);
    const mirror = (url: string) => new RegExp(`${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\((?:[^)]*)?mirror`).test(bullet);
    // Originals offered for the same statement (the bullet's own lines, not its sub-bullets).
    const own = urlsIn(bullet.split(/\n\s+- /)[0]!);
    const originals = (own.includes(source) ? own : given).filter((u) => !mirror(u));
    if (mirror(source) && originals.length > 0 && !originals.some((u) => sources.includes(u))) {
      out.push(`${source} is a mirror; the fact sheet gives an original outlet for “${fact}”: ${originals.join(' ; ')}`);
    }
  }
  return out;
}
