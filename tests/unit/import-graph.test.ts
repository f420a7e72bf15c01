// The import graph of src/: no cycles (static, type-only and dynamic imports all count) and no upward imports.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'src');
const exts = ['.ts', '.tsx', '.astro'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return exts.some((ext) => name.endsWith(ext)) ? [path] : [];
  });
}

// import … from 'x', import type … from 'x', export … from 'x', import 'x', import('x').
const specifier = /(?:\bimport\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?|\bexport\s+(?:type\s+)?(?:\*(?:\s+as\s+\w+)?|\{[^}]*\})\s+from\s+|\bimport\s*\(\s*)['"]([^'"]+)['"]/g;

/** Relative specifiers resolved to files under src/ (packages and virtual modules are not part of the graph). */
export function importsOf(file: string, text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(specifier)) {
    const spec = match[1];
    if (!spec || !spec.startsWith('.')) continue;
    const base = resolve(dirname(file), spec.replace(/\?.*$/, ''));
    const candidates = [base, ...exts.map((ext) => base + ext), ...exts.map((ext) => join(base, `index${ext}`))];
    const hit = candidates.find((path) => {
      try { return statSync(path).isFile(); } catch { return false; }
    });
    if (hit && hit.startsWith(src) && exts.some((ext) => hit.endsWith(ext))) out.push(hit);
  }
  return out;
}

function graph(): Map<string, string[]> {
  return new Map(files(src).map((file) => [file, importsOf(file, readFileSync(file, 'utf8'))]));
}

/** Strongly connected components with more than one file, or a file importing itself (Tarjan). */
function cycles(edges: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (edges.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return found;
}

const rel = (path: string) => relative(root, path);

describe('import graph of src/', () => {
  const edges = graph();

  it('sees every kind of import', () => {
    const file = join(src, 'engine', 'x.ts');
    const text = [
      "import { a } from './scenario';",
      "import type { B } from './plan';",
      "export * from './quiz';",
      "export { c } from './ics';",
      "const m = import('./results');",
      "import 'astro:content';",
    ].join('\n');
    expect(importsOf(file, text).map(rel)).toEqual([
      'src/engine/scenario.ts', 'src/engine/plan.ts', 'src/engine/quiz.ts', 'src/engine/ics.ts', 'src/engine/results.ts',
    ]);
    expect(cycles(new Map([['a', ['b']], ['b', ['a']], ['c', ['a']]]))).toEqual([['a', 'b']]);
  });

  it('has no import cycles', () => {
    expect(cycles(edges).map((component) => component.map(rel))).toEqual([]);
  });

  it('keeps layers pointing down: engine and schemas import no UI; lib imports no islands', () => {
    const upward: string[] = [];
    const layer = (path: string) => rel(path).split('/')[1] ?? '';
    const forbidden: Record<string, string[]> = {
      engine: ['islands', 'components', 'pages', 'layouts', 'stores', 'lib'],
      schemas: ['engine', 'islands', 'components', 'pages', 'layouts', 'stores', 'lib'],
      lib: ['islands', 'components', 'pages', 'layouts'],
    };
    for (const [file, targets] of edges) {
      for (const target of targets) {
        if (forbidden[layer(file)]?.includes(layer(target))) upward.push(`${rel(file)} → ${rel(target)}`);
      }
    }
    expect(upward).toEqual([]);
  });
});
