// The learner's discernment-check attempts: the one store for localStorage "vf:check" (shape and rules in src/engine/check.ts).
// Storage blocked or full: the attempt is kept in memory for this page. Other tabs: re-read on `storage` events.
import { atom, type ReadableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { emptyCheck, readCheck, withAttempt, type Attempt, type CheckRecord } from '../engine/check';

export const CHECK_KEY = 'vf:check';

function decode(text: string): CheckRecord {
  try {
    return readCheck(JSON.parse(text)).record;
  } catch {
    return emptyCheck();
  }
}

const $stored = persistentAtom<CheckRecord>(CHECK_KEY, emptyCheck(), { encode: JSON.stringify, decode });
const $current = atom<CheckRecord>($stored.get());
$stored.subscribe((value) => $current.set(value));

/** The attempts so far (never mutate). */
export const $check: ReadableAtom<CheckRecord> = $current;

/** Keep an attempt (replacing an earlier one of the same stage). */
export function recordCheck(attempt: Attempt): void {
  const next = withAttempt($current.get(), attempt);
  try {
    $stored.set(next);
  } catch {
    $current.set(next);
  }
}
