// Test fixtures: a copy of the small valid course in tests/fixtures/content-valid, changed by each test.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const validFixture = fileURLToPath(new URL('../fixtures/content-valid', import.meta.url));
export const realStrings = fileURLToPath(new URL('../../src/i18n', import.meta.url));

/** A temporary copy of the valid fixture course, changed by `change(dir)`. */
export function fixtureCourse(change: (dir: string) => void = () => {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'vf-content-'));
  cpSync(validFixture, dir, { recursive: true });
  change(dir);
  return dir;
}

/** A temporary copy of the real UI strings, changed by `change(dir)`. */
export function fixtureStrings(change: (dir: string) => void = () => {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'vf-strings-'));
  cpSync(realStrings, dir, { recursive: true, filter: (src) => !src.endsWith('.ts') });
  change(dir);
  return dir;
}

export function editFile(path: string, edit: (text: string) => string): void {
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
