// Rehype plugin: hotline numbers in lesson and guide prose become tel: links (print CSS shows them as plain text).
import { hotlineParts, isHotline, telHref } from '../lib/hotlines';

interface Node {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

/** Elements whose text is never linked: existing links, code, and anything that is not prose. */
const SKIP_TAGS = new Set(['a', 'code', 'pre', 'script', 'style', 'svg', 'title']);

const textOf = (node: Node): string => node.type === 'text' ? node.value ?? '' : (node.children ?? []).map(textOf).join('');

export const telLink = (number: string, children: Node[] = [{ type: 'text', value: number }]): Node =>
  ({ type: 'element', tagName: 'a', properties: { href: telHref(number as never), className: ['tel'] }, children });

function linkify(node: Node): void {
  if (!node.children) return;
  const out: Node[] = [];
  for (const child of node.children) {
    if (child.type === 'text' && child.value) {
      for (const part of hotlineParts(child.value)) {
        out.push('tel' in part ? telLink(part.tel) : { type: 'text', value: part.text });
      }
      continue;
    }
    const jsx = child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement';
    if (jsx && child.name === 'Term') {
      // A glossary term whose words are a hotline number becomes the tel: link itself (links can't nest);
      // the glossary keeps the entry.
      const text = textOf(child).trim();
      if (isHotline(text)) { out.push(telLink(text, child.children)); continue; }
      out.push(child);
      continue;
    }
    if (child.type === 'element' && SKIP_TAGS.has(child.tagName ?? '')) { out.push(child); continue; }
    linkify(child);
    out.push(child);
  }
  node.children = out;
}

export default function rehypeHotlines() {
  return (tree: Node) => linkify(tree);
}
