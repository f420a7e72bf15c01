// The build itself refuses broken content, naming the file and field (not only the test suite).
import { spawnSync } from 'node:child_process';
import { unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { expect, it } from 'vitest';
import { fixtureCourse, removeDir } from '../support/fixture';
import { projectCopy } from '../../scripts/build-if-stale.mjs';

it('astro build fails on a lesson with no translation and says which file', () => {
  const dir = fixtureCourse((d) => unlinkSync(join(d, 'lessons/en/sample/first.mdx')));
  const project = projectCopy(join(tmpdir(), `vf-fails-project-${process.pid}`)); // its own .astro/ state
  const result = spawnSync(process.execPath, ['node_modules/astro/astro.js', 'build'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', VF_CONTENT_DIR: dir, VF_OUT_DIR: join(tmpdir(), `vf-out-${process.pid}`) },
  });
  removeDir(project);
  removeDir(dir);
  expect(result.status).not.toBe(0);
  expect(result.stdout + result.stderr).toContain('lessons/zh-cn/sample/first.mdx › translation: missing its en translation (expected lessons/en/sample/first.mdx)');
});
