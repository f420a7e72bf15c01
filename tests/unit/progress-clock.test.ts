// A wrong device clock gives a notice, never a loss: clockLooksWrong() and the dates records get.
import { describe, expect, it } from 'vitest';
import { clockLooksWrong } from '../../src/engine/progress/clock';
import { DAY, emptyProgress } from '../../src/engine/progress/shape';
import { withLessonRead, withQuizAttempt } from '../../src/engine/progress/update';

const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);
const read = (at: number) => withLessonRead(emptyProgress(), 'm/l', at);

describe('clockLooksWrong', () => {
  it('is quiet for progress made up to now, or a few hours ahead (time zones, clock drift)', () => {
    expect(clockLooksWrong(emptyProgress(), NOW)).toBe(false);
    expect(clockLooksWrong(read(NOW - 30 * DAY), NOW)).toBe(false);
    expect(clockLooksWrong(read(NOW + 6 * 60 * 60 * 1000), NOW)).toBe(false);
  });

  it('speaks up when progress is dated more than a day ahead (the clock is behind, or was ahead)', () => {
    expect(clockLooksWrong(read(NOW + 2 * DAY), NOW)).toBe(true);
    expect(clockLooksWrong(withQuizAttempt(emptyProgress(), 'q', { score: 90, passed: true }, NOW + 3 * DAY), NOW)).toBe(true);
  });

  it('speaks up when the clock, or a record, is before the course existed', () => {
    expect(clockLooksWrong(emptyProgress(), Date.UTC(2000, 0, 1))).toBe(true);
    expect(clockLooksWrong(read(Date.UTC(1970, 0, 1)), NOW)).toBe(true);
  });
});
