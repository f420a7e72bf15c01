// The discernment check's saved attempts: counting, validation of stored data, and which form falls due when.
import { describe, expect, it } from 'vitest';
import { emptyCheck, makeAttempt, nextCheck, readCheck, withAttempt, REFRESHER_AFTER_DAYS } from '../../src/engine/check';

const NOW = Date.UTC(2026, 10, 1, 9);
const DAY = 86_400_000;
const truths = { s1: true, s2: true, g1: false, g2: false };

describe('check attempts', () => {
  it('count replies against the items and ignore unknown items', () => {
    const a = makeAttempt('before', 'a', { s1: 'scam-sure', s2: 'genuine', g1: 'scam', g2: 'genuine-sure', zz: 'scam' }, truths, NOW);
    expect(a).toMatchObject({ hits: 1, misses: 1, falseAlarms: 1, correctRejections: 1 });
    expect(Object.keys(a.answers)).toEqual(['s1', 's2', 'g1', 'g2']);
  });

  it('offer A before, B after, and A again 28 days after B', () => {
    let r = emptyCheck();
    expect(nextCheck(r, NOW)).toEqual({ stage: 'before', form: 'a', dueAt: null, due: true });
    r = withAttempt(r, makeAttempt('before', 'a', { s1: 'scam', g1: 'genuine' }, truths, NOW));
    expect(nextCheck(r, NOW)).toMatchObject({ stage: 'after', form: 'b', due: true });
    r = withAttempt(r, makeAttempt('after', 'b', { s1: 'scam', g1: 'genuine' }, truths, NOW + DAY));
    const due = NOW + DAY + REFRESHER_AFTER_DAYS * DAY;
    expect(nextCheck(r, due - 1)).toEqual({ stage: 'refresher', form: 'a', dueAt: due, due: false });
    expect(nextCheck(r, due)).toMatchObject({ stage: 'refresher', form: 'a', due: true });
    r = withAttempt(r, makeAttempt('refresher', 'a', { s1: 'scam', g1: 'genuine' }, truths, due));
    expect(nextCheck(r, due)).toBeNull();
    expect(r.attempts.map((x) => x.stage)).toEqual(['before', 'after', 'refresher']);
  });

  it('survive a save and load, and drop what is corrupt without losing the rest', () => {
    const good = withAttempt(emptyCheck(), makeAttempt('before', 'a', { s1: 'scam', g1: 'genuine' }, truths, NOW));
    expect(readCheck(JSON.parse(JSON.stringify(good)))).toEqual({ record: good, dropped: 0 });
    const bad = { v: 1, attempts: [good.attempts[0], { stage: 'after', form: 'c', at: 'x', answers: {} }, { ...good.attempts[0], hits: -1, stage: 'after' }, { ...good.attempts[0], stage: 'after', answers: JSON.parse('{"__proto__":"scam"}') }] };
    expect(readCheck(bad).record).toEqual(good);
    expect(readCheck(bad).dropped).toBe(3);
    expect(readCheck('nonsense')).toEqual({ record: emptyCheck(), dropped: 1 });
    expect(readCheck(undefined)).toEqual({ record: emptyCheck(), dropped: 0 });
  });
});
