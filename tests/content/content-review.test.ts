// docs/content-review.md answers every row of the two content reviews (when the project's review files are present).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../e2e/helpers';

const answers = readFileSync(join(root, 'docs/content-review.md'), 'utf8');
const answered = (review: string) => new Set([...answers.matchAll(new RegExp(`^\\| ${review} \\| (\\w+) \\| [^|]+ \\| [^|]+ \\| [^|]{10,} \\|$`, 'gm'))].map((m) => m[1]!));
const reviews = join(root, '../shared/reviews');

describe('content review answers', () => {
  it.runIf(existsSync(join(reviews, 'facts-audit.md')))('every non-traced row of the fact audit has a decision and a reason', () => {
    const rows = [...readFileSync(join(reviews, 'facts-audit.md'), 'utf8').matchAll(/^\| (\d+) \| (?:CONTRADICTS|OVERSTATED|UNTRACED) \|/gm)].map((m) => m[1]!);
    expect(rows.length).toBeGreaterThan(50);
    const done = answered('facts-audit');
    expect(rows.filter((r) => !done.has(r))).toEqual([]);
  });

  it.runIf(existsSync(join(reviews, 'zh-review.md')))('every ranked row of the Chinese review has a decision and a reason', () => {
    const rows = [...readFileSync(join(reviews, 'zh-review.md'), 'utf8').matchAll(/^\| (\d+) \| [123] \|/gm)].map((m) => m[1]!);
    expect(rows.length).toBeGreaterThan(50);
    const done = answered('zh-review');
    expect(rows.filter((r) => !done.has(r))).toEqual([]);
  });
});
