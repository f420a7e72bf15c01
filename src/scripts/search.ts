// Search page behaviour: loads pagefind on the first search, renders results as text, keeps the query in the URL.
import { pageBase } from '../lib/urls';
import { excerptParts, parseSearchQuery, searchFilters, searchQueryString, type SearchQuery } from '../lib/search-query';
import { setChildren } from '../lib/compat';

interface Strings {
  searching: string; results: string; oneResult: string; none: string; error: string; sections: string;
  kinds: Record<string, string>; modules: Record<string, string>;
}
interface SubResult { title: string; url: string; excerpt: string }
interface ResultData { url: string; excerpt: string; meta: { title?: string }; filters: Record<string, string[]>; sub_results?: SubResult[] }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}

const form = document.querySelector<HTMLFormElement>('[data-vf-search]')!;
const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
const input = form.querySelector<HTMLInputElement>('#q')!;
const kindSelect = form.querySelector<HTMLSelectElement>('#kind')!;
const moduleSelect = form.querySelector<HTMLSelectElement>('#module')!;
const status = document.querySelector<HTMLElement>('[data-vf-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-vf-search-results]')!;
const empty = document.querySelector<HTMLElement>('[data-vf-search-empty]')!;
const base = new URL(pageBase(), location.href).pathname; // relative inside an LMS package
const MAX_RESULTS = 20;

let pagefind: Promise<Pagefind> | null = null;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ baseUrl: base, excerptLength: 24 });
    return pf;
  });
  return pagefind;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function excerptNode(excerpt: string, tag: 'p' | 'span' = 'p'): HTMLElement {
  const node = el(tag, 'excerpt');
  for (const part of excerptParts(excerpt)) node.append(part.mark ? el('mark', undefined, part.text) : document.createTextNode(part.text));
  return node;
}

function render(results: ResultData[]) {
  setChildren(list, ...results.map((r) => {
    const item = el('li', 'result');
    const link = el('a', 'result-title', r.meta.title ?? r.url);
    link.href = r.url;
    const tags = el('div', 'tags');
    const kind = r.filters.kind?.[0];
    if (kind && strings.kinds[kind]) tags.append(el('span', 'kind', strings.kinds[kind]));
    const mod = r.filters.module?.[0];
    if (mod && strings.modules[mod]) tags.append(el('span', 'kind', strings.modules[mod]));
    item.append(link, tags, excerptNode(r.excerpt));
    const subs = (r.sub_results ?? []).filter((s) => s.url !== r.url && s.url.includes('#')).slice(0, 3);
    if (subs.length) {
      const sections = el('ul', 'sections');
      sections.setAttribute('aria-label', strings.sections);
      for (const s of subs) {
        const li = el('li');
        const a = el('a', undefined, s.title);
        a.href = s.url;
        li.append(a, document.createTextNode(' — '), excerptNode(s.excerpt, 'span'));
        sections.append(li);
      }
      item.append(sections);
    }
    return item;
  }));
}

let searchId = 0;
async function runSearch(query: SearchQuery) {
  const id = ++searchId;
  empty.hidden = true;
  if (!query.q) { setChildren(list); status.textContent = ''; return; }
  status.textContent = strings.searching;
  try {
    const pf = await loadPagefind();
    const search = await pf.search(query.q, { filters: searchFilters(query) });
    const data = await Promise.all((search?.results ?? []).slice(0, MAX_RESULTS).map((r) => r.data()));
    if (id !== searchId) return;
    render(data);
    const count = search?.results.length ?? 0;
    status.textContent = count === 0 ? strings.none.replace('{q}', query.q)
      : (count === 1 ? strings.oneResult : strings.results).replace('{n}', String(count)).replace('{q}', query.q);
    empty.hidden = count !== 0;
  } catch {
    if (id !== searchId) return;
    setChildren(list);
    status.textContent = strings.error;
  }
}

function currentQuery(): SearchQuery {
  return parseSearchQuery(new URLSearchParams({ q: input.value, kind: kindSelect.value, module: moduleSelect.value }), Object.keys(strings.modules));
}

function submit() {
  const query = currentQuery();
  history.replaceState(null, '', `${location.pathname}${searchQueryString(query)}`);
  void runSearch(query);
}

const initial = parseSearchQuery(new URLSearchParams(location.search), Object.keys(strings.modules));
input.value = initial.q;
kindSelect.value = initial.kind;
moduleSelect.value = initial.module;
form.addEventListener('submit', (event) => { event.preventDefault(); submit(); });
kindSelect.addEventListener('change', submit);
moduleSelect.addEventListener('change', submit);

// Arrow keys move between the search box and the result links; Escape returns to the box.
document.addEventListener('keydown', (event) => {
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a.result-title')];
  const active = document.activeElement;
  const index = links.indexOf(active as HTMLAnchorElement);
  if (event.key === 'ArrowDown' && (active === input || index >= 0) && links.length) {
    event.preventDefault();
    links[Math.min(index + 1, links.length - 1)]!.focus();
  } else if (event.key === 'ArrowUp' && index >= 0) {
    event.preventDefault();
    (index === 0 ? input : links[index - 1]!).focus();
  } else if (event.key === 'Escape' && index >= 0) {
    input.focus();
  }
});

if (initial.q) void runSearch(initial);
