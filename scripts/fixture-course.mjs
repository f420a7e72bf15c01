// The small fixture course behind the sub-path build (dist-fixture/, BASE=/course/): the valid sample course
// (tests/fixtures/content-valid), the quiz demo module with its quiz (tests/fixtures/quizzes/site), the mini
// scenario moved into that module (tests/fixtures/scenarios), and a guide for it (tests/fixtures/site).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const MINI = 'tests/fixtures/scenarios/content/scenarios/mini.yaml';
/** Everything the fixture course is made of, for the build's staleness hash. */
export const FIXTURE_SOURCES = ['tests/fixtures/content-valid', 'tests/fixtures/quizzes/site', MINI, 'tests/fixtures/site', 'scripts/fixture-course.mjs'];

/** Write the fixture course into `out` (emptied first). */
export function assembleFixtureCourse(out) {
  const from = (path) => join(root, path);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(from('tests/fixtures/content-valid'), out, { recursive: true });
  cpSync(from('tests/fixtures/site'), out, { recursive: true });
  const demo = from('tests/fixtures/quizzes/site');
  for (const part of ['lessons/en/demo', 'lessons/zh-cn/demo', 'quizzes']) cpSync(join(demo, part), join(out, part), { recursive: true });
  // The demo module comes second and also holds the mini scenario.
  const module = readFileSync(join(demo, 'modules/demo.yaml'), 'utf8').replace(/^order: \d+$/m, 'order: 2');
  writeFileSync(join(out, 'modules/demo.yaml'), `${module.trimEnd()}\nscenarios: [mini]\n`);
  // The mini scenario points at the real course's lessons; here it points at the demo lesson.
  const mini = readFileSync(from(MINI), 'utf8')
    .replace(/^module: .+$/m, 'module: demo')
    .replace(/\b(friend-impersonation|verify-before-you-pay|after-a-scam)\/[a-z-]+(#[a-z0-9-]+)?/g, 'demo/basics#call-known-number');
  mkdirSync(join(out, 'scenarios'), { recursive: true });
  writeFileSync(join(out, 'scenarios/mini.yaml'), mini);
}
