// The real course's structure read straight from content/, so tests follow the content instead of hard-coding it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { root } from '../support/paths';

export interface ModuleInfo { id: string; order: number; lessons: string[]; scenarios: string[]; quizzes: string[] }

export function courseModules(contentDir = join(root, process.env.VF_CONTENT_DIR ?? 'content')): ModuleInfo[] {
  const dir = join(contentDir, 'modules');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const data = parse(readFileSync(join(dir, f), 'utf8')) as Omit<ModuleInfo, 'id'>;
      return { id: f.replace(/\.yaml$/, ''), order: data.order, lessons: data.lessons, scenarios: data.scenarios ?? [], quizzes: data.quizzes ?? [] };
    })
    .sort((a, b) => a.order - b.order);
}
