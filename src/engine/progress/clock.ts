// Whether the device clock looks wrong next to the dates in progress (a notice only: nothing is dropped for it).
import { DAY, EARLIEST_DATE, ms, type Progress } from './shape';

/** Clocks differ between devices by minutes, time zones by hours: only more than a day counts as wrong. */
const SLACK = DAY;

/** Every date in progress (ms). */
function dates(p: Progress): number[] {
  return [
    ...Object.values(p.lessons).map((l) => ms(l.at)),
    ...Object.values(p.scenarios).flatMap((s) => [ms(s.firstAt), ms(s.last.at)]),
    ...Object.values(p.quizzes).flatMap((q) => [ms(q.lastAt), ...(q.passedAt ? [ms(q.passedAt)] : [])]),
  ];
}

/**
 * True when `now` is before the course existed, or progress holds a date from before then or more
 * than a day after `now`: the clock is (or was, when something was recorded) off.
 */
export function clockLooksWrong(p: Progress, now: number): boolean {
  if (now < EARLIEST_DATE) return true;
  return dates(p).some((t) => t < EARLIEST_DATE || t > now + SLACK);
}
