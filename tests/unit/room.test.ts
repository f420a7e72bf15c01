// Presenter mode's rules: the presenter's keys, and the debrief that counts what the room spotted.
import { describe, expect, it } from 'vitest';
import { act, result, start, type Action, type RunState } from '../../src/engine/scenario';
import { flagsShown, ROOM_LETTERS, roomKey, roomResult } from '../../src/engine/room';
import { loadFixture } from '../fixtures/scenarios/load';

const mini = loadFixture('mini');
const play = (actions: Action[], from: RunState = start(mini)) => actions.reduce((s, a) => act(mini, s, a), from);
const SKIP: Action = { type: 'skip' };
/** A loss after seeing all three red flags, none flagged during play. */
const lostUnflagged = () => result(mini, play([SKIP, { type: 'choose', choice: 'video' }, SKIP, { type: 'choose', choice: 'pay-anyway' }, SKIP]))!;

describe('presenter keys', () => {
  it('letters choose, Space reveals, F flags, Escape closes', () => {
    expect(roomKey({ key: 'a' })).toEqual({ do: 'choose', letter: 'A' });
    expect(roomKey({ key: 'E' })).toEqual({ do: 'choose', letter: 'E' });
    expect(roomKey({ key: 'g' })).toEqual({ do: 'choose', letter: 'G' });
    expect(roomKey({ key: ' ' })).toEqual({ do: 'reveal' });
    expect(roomKey({ key: 'f' })).toEqual({ do: 'flag' });
    expect(roomKey({ key: 'F' })).toEqual({ do: 'flag' });
    expect(roomKey({ key: 'Escape' })).toEqual({ do: 'close' });
  });

  it('leaves browser shortcuts, other keys and typing in a field alone (Escape still closes)', () => {
    for (const key of ['Tab', 'Enter', 'ArrowDown', '1', '?', 'é', 'F5']) expect(roomKey({ key }), key).toBeNull();
    expect(roomKey({ key: 'a', ctrlKey: true })).toBeNull();
    expect(roomKey({ key: 'f', metaKey: true })).toBeNull();
    expect(roomKey({ key: 'b', altKey: true })).toBeNull();
    expect(roomKey({ key: 'a', inField: true })).toBeNull();
    expect(roomKey({ key: ' ', inField: true })).toBeNull();
    expect(roomKey({ key: 'Escape', inField: true })).toEqual({ do: 'close' });
  });

  it('never letters an option F, so every letter on screen is its own key', () => {
    expect(ROOM_LETTERS.slice(0, 6)).toBe('ABCDEG');
    expect(ROOM_LETTERS).not.toContain('F');
    for (const letter of ROOM_LETTERS) expect(roomKey({ key: letter.toLowerCase() })).toEqual({ do: 'choose', letter });
  });
});

describe('the room-spotted debrief', () => {
  it('counts exactly the red flags the room ticked as caught, and scores spotting by them', () => {
    const r = lostUnflagged();
    expect(r.caught).toEqual([]);
    expect(flagsShown(r).map((f) => f.redFlag)).toEqual(['urgent', 'no-call', 'replay']);

    const none = roomResult(r, []);
    expect(none.caught).toEqual([]);
    expect(none.missed.map((f) => f.redFlag)).toEqual(['urgent', 'no-call', 'replay']);
    expect(none.parts.spotting).toBe(0);

    const two = roomResult(r, ['urgent', 'replay']);
    expect(two.caught).toEqual([{ redFlag: 'urgent', message: 'm2' }, { redFlag: 'replay', message: 'm5' }]);
    expect(two.missed).toEqual([{ redFlag: 'no-call', message: 'm4' }]);
    expect(two.parts).toEqual({ ...r.parts, spotting: 13 }); // 20 × 2/3
    expect(two.score).toBe(r.score - r.parts.spotting + 13);

    const all = roomResult(r, ['urgent', 'no-call', 'replay']);
    expect(all.missed).toEqual([]);
    expect(all.parts.spotting).toBe(20);
    expect(all.outcome).toBe('lost'); // the outcome and acts do not change
    expect(all.actsUsed).toEqual(r.actsUsed);
  });

  it('replaces flags clicked during play (unticking one uncounts it) and ignores ids this path did not show', () => {
    const flagged = result(mini, play([SKIP, { type: 'flag', message: 'm2' }, { type: 'choose', choice: 'video' }, SKIP, { type: 'choose', choice: 'pay-anyway' }, SKIP]))!;
    expect(flagged.caught.map((f) => f.redFlag)).toEqual(['urgent']);
    const r = roomResult(flagged, ['no-call', 'not-a-flag']);
    expect(r.caught.map((f) => f.redFlag)).toEqual(['no-call']);
    expect(r.missed.map((f) => f.redFlag).sort()).toEqual(['replay', 'urgent']);
  });

  it('keeps false alarms cancelling catches, and leaves a run with no red flags shown as it was', () => {
    const withAlarm = result(mini, play([SKIP, { type: 'flag', message: 'm1' }, { type: 'choose', choice: 'video' }, SKIP, { type: 'choose', choice: 'pay-anyway' }, SKIP]))!;
    expect(roomResult(withAlarm, ['urgent']).parts.spotting).toBe(0); // 1 spotted − 1 false alarm
    const r = lostUnflagged();
    const noneShown = { ...r, caught: [], missed: [], parts: { ...r.parts, spotting: 15 }, score: r.score - r.parts.spotting + 15 };
    expect(roomResult(noneShown, ['urgent'])).toEqual(noneShown);
    const shown = roomResult(lostUnflagged(), ['urgent']);
    expect(JSON.parse(JSON.stringify(shown))).toEqual(shown);
  });
});
