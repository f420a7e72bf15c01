// Content problems as data: which file, which field, what is wrong — and zod errors turned into them.
import type { ZodError } from 'astro/zod';

export interface ContentProblem {
  /** Path relative to the content root, e.g. "modules/friend-impersonation.yaml". */
  file: string;
  /** Dotted path to the field, e.g. "nodes.start.choices.0.next"; "" for the whole file. */
  field: string;
  /** What is wrong, in plain words. */
  message: string;
}

export function problem(file: string, field: string, message: string): ContentProblem {
  return { file, field, message };
}

/** Turn a zod error into one problem per issue, with the field path joined by dots. */
export function fromZod(file: string, error: ZodError, prefix = ''): ContentProblem[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    return problem(file, path, issue.message);
  });
}

/** One line per problem: `file › field: message`. */
export function formatProblems(problems: ContentProblem[]): string {
  return problems
    .map((p) => `${p.file}${p.field ? ` › ${p.field}` : ''}: ${p.message}`)
    .join('\n');
}
