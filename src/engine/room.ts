// Presenter mode's rules: which key does what for the presenter, and the debrief that counts the red flags the
// room spotted (ticked by the presenter at the end) instead of the ones clicked during play.
import { SCORING } from './scenario-rules';
import type { Result, SpottedFlag } from './scenario-types';

/**
 * The letters the room votes by, in order. F is left out because the F key flags the last message, so every
 * letter on screen is also its key.
 */
export const ROOM_LETTERS = 'ABCDEGHIJKLMNOPQRSTUVWXYZ';

/** What a key press means in presenter mode. */
export type RoomKey =
  | { do: 'choose'; letter: string }
  | { do: 'reveal' }
  | { do: 'flag' }
  | { do: 'close' };

/** The parts of a keyboard event that decide (`inField`: focus is in a text field, where keys type). */
export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  inField?: boolean;
}

/**
 * A presenter's key: a letter chooses the reply or tool with that letter, Space reveals the next message, F
 * flags the last message, Escape leaves a panel. Null for every other key, with a modifier (browser shortcuts
 * keep working), and while typing in a field (except Escape).
 */
export function roomKey(press: KeyPress): RoomKey | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  if (press.key === 'Escape') return { do: 'close' };
  if (press.inField) return null;
  if (press.key === ' ' || press.key === 'Spacebar') return { do: 'reveal' };
  if (press.key.length !== 1) return null;
  const letter = press.key.toUpperCase();
  if (letter === 'F') return { do: 'flag' };
  return ROOM_LETTERS.includes(letter) ? { do: 'choose', letter } : null;
}

/** The red flags this run showed (flagged or not), in the debrief's order. */
export function flagsShown(result: Result): SpottedFlag[] {
  return [...result.caught, ...result.missed];
}

/**
 * The result as the room played it: the red flags shown on this path count as caught exactly when the room
 * spotted them (`spotted`, red flag ids; others are ignored), and the spotting part and the score follow the
 * usual rule (SCORING: false alarms flagged during play still cancel catches).
 */
export function roomResult(result: Result, spotted: Iterable<string>): Result {
  const ticked = new Set(spotted);
  const shown = flagsShown(result);
  const caught = shown.filter((f) => ticked.has(f.redFlag));
  const missed = shown.filter((f) => !ticked.has(f.redFlag));
  const spotting = shown.length > 0
    ? Math.round(SCORING.spotting * Math.max(0, caught.length - result.falseAlarms.length) / shown.length)
    : result.parts.spotting;
  const parts = { ...result.parts, spotting };
  return { ...result, caught, missed, parts, score: parts.outcome + parts.spotting + parts.acts };
}
