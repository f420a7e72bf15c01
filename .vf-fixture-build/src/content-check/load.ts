// Reads a content folder (content/ or a test fixture) into plain data, turning unreadable files into problems.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { problem, type ContentProblem } from './report';

export interface RawEntry {
  /** Path relative to the content root, with forward slashes. */
  file: string;
  /** Parsed YAML, or an MDX file's frontmatter. */
  data: unknown;
}
export interface RawDoc extends RawEntry {
  locale: string;
  /** Module id: the folder (lessons) or the file name (guides). */
  module: string;
  /** Lesson id (file name); for guides, the module id again. */
  id: string;
  /** MDX body after the frontmatter. */
  body: string;
}
export interface RawContent {
  root: string;
  modules: Map<string, RawEntry>;
  lessons: RawDoc[];
  guides: RawDoc[];
  scenarios: Map<string, RawEntry>;
  quizzes: Map<string, RawEntry>;
  glossary: RawEntry | null;
  /** Files that could not be read or parsed. */
  problems: ContentProblem[];
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function loadContent(root: string): RawContent {
  const out: RawContent = {
    root, modules: new Map(), lessons: [], guides: [], scenarios: new Map(), quizzes: new Map(),
    glossary: null, problems: [],
  };
  const rel = (path: string) => relative(root, path).split(sep).join('/');

  const readYaml = (path: string): RawEntry | null => {
    const file = rel(path);
    try {
      return { file, data: parseYaml(readFileSync(path, 'utf8')) };
    } catch (error) {
      out.problems.push(problem(file, '', `not valid YAML: ${(error as Error).message.split('\n')[0]}`));
      return null;
    }
  };
  const readMdx = (path: string) => {
    const file = rel(path);
    const text = readFileSync(path, 'utf8');
    const match = FRONTMATTER.exec(text);
    if (!match) {
      out.problems.push(problem(file, '', 'missing the --- frontmatter --- block at the top'));
      return null;
    }
    try {
      return { file, data: parseYaml(match[1] ?? '') as unknown, body: text.slice(match[0].length) };
    } catch (error) {
      out.problems.push(problem(file, '', `frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`));
      return null;
    }
  };
  const yamlId = (path: string) => path.split(sep).pop()!.replace(/\.ya?ml$/, '');

  for (const [folder, map] of [['modules', out.modules], ['scenarios', out.scenarios], ['quizzes', out.quizzes]] as const) {
    for (const path of filesUnder(join(root, folder)).filter((p) => /\.ya?ml$/.test(p))) {
      const entry = readYaml(path);
      if (entry) map.set(yamlId(path), entry);
    }
  }
  for (const path of filesUnder(join(root, 'lessons')).filter((p) => p.endsWith('.mdx'))) {
    const parts = rel(path).split('/'); // lessons/<locale>/<module>/<lesson>.mdx
    if (parts.length !== 4) {
      out.problems.push(problem(rel(path), '', 'lessons live at lessons/<locale>/<module>/<lesson>.mdx'));
      continue;
    }
    const doc = readMdx(path);
    if (doc) out.lessons.push({ ...doc, locale: parts[1]!, module: parts[2]!, id: parts[3]!.replace(/\.mdx$/, '') });
  }
  for (const path of filesUnder(join(root, 'guides')).filter((p) => p.endsWith('.mdx'))) {
    const parts = rel(path).split('/'); // guides/<locale>/<module>.mdx
    if (parts.length !== 3) {
      out.problems.push(problem(rel(path), '', 'guides live at guides/<locale>/<module>.mdx'));
      continue;
    }
    const doc = readMdx(path);
    const module = parts[2]!.replace(/\.mdx$/, '');
    if (doc) out.guides.push({ ...doc, locale: parts[1]!, module, id: module });
  }
  const glossaryPath = join(root, 'glossary.yaml');
  if (existsSync(glossaryPath)) out.glossary = readYaml(glossaryPath);
  return out;
}
