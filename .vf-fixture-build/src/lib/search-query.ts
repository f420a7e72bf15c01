// Reads and writes the search page's URL parameters (?q=&kind=&module=), rejecting anything unexpected.
export const searchKinds = ['lesson', 'scenario', 'quiz', 'guide', 'glossary'] as const;
export type SearchKind = (typeof searchKinds)[number];

export interface SearchQuery { q: string; kind: SearchKind | ''; module: string }

const MAX_QUERY = 200;

/** Parse ?q=&kind=&module=; unknown kinds or modules become "" (no filter), the query is trimmed and capped. */
export function parseSearchQuery(params: URLSearchParams, modules: readonly string[]): SearchQuery {
  const q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
  const kindParam = params.get('kind') ?? '';
  const kind = (searchKinds as readonly string[]).includes(kindParam) ? (kindParam as SearchKind) : '';
  const moduleParam = params.get('module') ?? '';
  return { q, kind, module: modules.includes(moduleParam) ? moduleParam : '' };
}

/** The query string for a search, omitting empty values. */
export function searchQueryString(query: SearchQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.kind) params.set('kind', query.kind);
  if (query.module) params.set('module', query.module);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind filters for a query. */
export function searchFilters(query: SearchQuery): Record<string, string> {
  const filters: Record<string, string> = {};
  if (query.kind) filters.kind = query.kind;
  if (query.module) filters.module = query.module;
  return filters;
}

export interface ExcerptPart { text: string; mark: boolean }

/**
 * Split a pagefind excerpt ("…text <mark>hit</mark> text…") into plain parts, so it can be rendered
 * as text nodes: no markup from the index ever reaches innerHTML. Entities are decoded.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const decode = (s: string) => s
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&');
  const parts: ExcerptPart[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(excerpt); m; m = re.exec(excerpt)) {
    if (m.index > last) parts.push({ text: decode(excerpt.slice(last, m.index)), mark: false });
    parts.push({ text: decode(m[1] ?? ''), mark: true });
    last = m.index + m[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decode(excerpt.slice(last)), mark: false });
  return parts.filter((p) => p.text !== '');
}
