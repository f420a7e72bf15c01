// Makes a temporary copy of the project whose content is multiplied: every module (with its lessons,
// scenarios, quizzes and guides) repeated under new ids, for measuring how build cost grows.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const root = new URL('..', import.meta.url).pathname;

export /** Copy the project (content multiplied `factor` times) into a temp folder sharing node_modules. */
function multipliedCopy(factor) {
  const dir = mkdtempSync(join(tmpdir(), `vf-bench-x${factor}-`));
  for (const name of ['src', 'public', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, name), join(dir, name), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const content = join(dir, 'content');
  const modules = readdirSync(join(content, 'modules')).map((f) => f.replace(/\.yaml$/, ''));
  for (const mod of modules) {
    const data = parse(readFileSync(join(content, 'modules', `${mod}.yaml`), 'utf8'));
    for (let k = 1; k < factor; k++) {
      const suffix = `-x${k}`;
      const ids = [mod, ...data.scenarios, ...data.quizzes];
      const rename = (text) => ids.reduce((t, id) => t.replaceAll(id, `${id}${suffix}`), text);
      const copy = { ...data, order: data.order + 100 * k, scenarios: data.scenarios.map((s) => s + suffix), quizzes: data.quizzes.map((q) => q + suffix) };
      writeFileSync(join(content, 'modules', `${mod}${suffix}.yaml`), stringify(copy));
      for (const locale of ['en', 'zh-cn']) {
        cpSync(join(content, 'lessons', locale, mod), join(content, 'lessons', locale, `${mod}${suffix}`), { recursive: true });
        const guide = join(content, 'guides', locale, `${mod}.mdx`);
        if (existsSync(guide)) writeFileSync(join(content, 'guides', locale, `${mod}${suffix}.mdx`), rename(readFileSync(guide, 'utf8')));
      }
      for (const [folder, list] of [['scenarios', data.scenarios], ['quizzes', data.quizzes]]) {
        for (const id of list) writeFileSync(join(content, folder, `${id}${suffix}.yaml`), rename(readFileSync(join(content, folder, `${id}.yaml`), 'utf8')));
      }
    }
  }
  return dir;
}

