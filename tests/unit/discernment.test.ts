// Discernment scoring (signal detection): known values, bounds, symmetry and the log-linear correction at 0 and 1.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  change, classFigures, corrected, countAnswers, criterion, dPrime, probit, scoreCounts, sureButWrong, type Counts,
} from '../../src/engine/discernment';

const counts = (scams = 12, genuine = 12) => fc.record({
  hits: fc.integer({ min: 0, max: scams }),
  falseAlarms: fc.integer({ min: 0, max: genuine }),
}).map(({ hits, falseAlarms }): Counts => ({ hits, misses: scams - hits, falseAlarms, correctRejections: genuine - falseAlarms }));
const rate = fc.double({ min: 0.001, max: 0.999, noNaN: true });

describe('probit', () => {
  it('matches tabulated normal quantiles', () => {
    expect(probit(0.5)).toBeCloseTo(0, 10);
    expect(probit(0.8)).toBeCloseTo(0.841621, 5);
    expect(probit(0.975)).toBeCloseTo(1.959964, 5);
    expect(probit(0.01)).toBeCloseTo(-2.326348, 5);
    expect(probit(1e-6)).toBeCloseTo(-4.753424, 4);
  });
  it('is increasing and odd around 0.5', () => {
    fc.assert(fc.property(rate, rate, (p, q) => {
      if (p < q) expect(probit(p)).toBeLessThanOrEqual(probit(q) + 1e-9);
      expect(probit(1 - p)).toBeCloseTo(-probit(p), 7);
    }));
  });
  it('refuses 0 and 1', () => {
    expect(() => probit(0)).toThrow(RangeError);
    expect(() => probit(1)).toThrow(RangeError);
  });
});

describe('d′ and c', () => {
  it('H = 0.8, F = 0.2 gives d′ ≈ 1.683 and c = 0', () => {
    expect(dPrime(0.8, 0.2)).toBeCloseTo(1.683, 3);
    expect(criterion(0.8, 0.2)).toBeCloseTo(0, 10);
  });
  it('equal rates mean no discernment; a bias to "scam" gives negative c', () => {
    expect(dPrime(0.7, 0.7)).toBeCloseTo(0, 10);
    expect(criterion(0.9, 0.5)).toBeLessThan(0);
    expect(criterion(0.5, 0.1)).toBeGreaterThan(0);
  });
  it('swapping hits and false alarms flips the sign of d′ and keeps c', () => {
    fc.assert(fc.property(rate, rate, (h, f) => {
      expect(dPrime(f, h)).toBeCloseTo(-dPrime(h, f), 7);
      expect(criterion(f, h)).toBeCloseTo(criterion(h, f), 7);
    }));
  });
  it('mirroring both rates (answering the opposite way) keeps d′ and flips c', () => {
    fc.assert(fc.property(rate, rate, (h, f) => {
      expect(dPrime(1 - f, 1 - h)).toBeCloseTo(dPrime(h, f), 7);
      expect(criterion(1 - h, 1 - f)).toBeCloseTo(-criterion(h, f), 7);
    }));
  });
});

describe('scoring an attempt', () => {
  it('corrects rates of 0 and 1 log-linearly: (k + 0.5) / (n + 1)', () => {
    expect(corrected(0, 6)).toBeCloseTo(0.5 / 7, 12);
    expect(corrected(6, 6)).toBeCloseTo(6.5 / 7, 12);
    const perfect = scoreCounts({ hits: 6, misses: 0, falseAlarms: 0, correctRejections: 6 });
    expect(perfect.hitRate).toBe(1);
    expect(perfect.falseAlarmRate).toBe(0);
    expect(perfect.dPrime).toBeCloseTo(2 * probit(6.5 / 7), 10);
    expect(perfect.c).toBeCloseTo(0, 10);
    const allScam = scoreCounts({ hits: 6, misses: 0, falseAlarms: 6, correctRejections: 0 });
    expect(allScam.dPrime).toBeCloseTo(0, 10);
    expect(allScam.c).toBeLessThan(0);
  });
  it('is finite and bounded for every possible attempt, and more hits never lower d′', () => {
    const limit = 2 * probit(12.5 / 13);
    fc.assert(fc.property(counts(), (k) => {
      const s = scoreCounts(k);
      expect(s.hitRate).toBeGreaterThanOrEqual(0);
      expect(s.hitRate).toBeLessThanOrEqual(1);
      expect(s.falseAlarmRate).toBeGreaterThanOrEqual(0);
      expect(s.falseAlarmRate).toBeLessThanOrEqual(1);
      expect(Math.abs(s.dPrime)).toBeLessThanOrEqual(limit + 1e-9);
      expect(Math.abs(s.c)).toBeLessThanOrEqual(limit / 2 + 1e-9);
      if (k.misses > 0) expect(scoreCounts({ ...k, hits: k.hits + 1, misses: k.misses - 1 }).dPrime).toBeGreaterThan(s.dPrime);
      if (k.correctRejections > 0) expect(scoreCounts({ ...k, falseAlarms: k.falseAlarms + 1, correctRejections: k.correctRejections - 1 }).dPrime).toBeLessThan(s.dPrime);
    }));
  });
  it('needs scam and genuine items and whole counts', () => {
    expect(() => scoreCounts({ hits: 3, misses: 0, falseAlarms: 0, correctRejections: 0 })).toThrow(RangeError);
    expect(() => scoreCounts({ hits: 1.5, misses: 0, falseAlarms: 0, correctRejections: 2 })).toThrow(RangeError);
  });
  it('counts answers and confident mistakes', () => {
    const answers = [
      { scam: true, saidScam: true, sure: true }, { scam: true, saidScam: false, sure: true },
      { scam: false, saidScam: true, sure: false }, { scam: false, saidScam: false, sure: true },
    ];
    expect(countAnswers(answers)).toEqual({ hits: 1, misses: 1, falseAlarms: 1, correctRejections: 1 });
    expect(sureButWrong(answers)).toBe(1);
  });
});

describe('what changed', () => {
  const k = (hits: number, falseAlarms: number): Counts => ({ hits, misses: 7 - hits, falseAlarms, correctRejections: 7 - falseAlarms });
  it('names the change in hits and false alarms separately', () => {
    expect(change(k(3, 1), k(6, 1))).toBe('better');
    expect(change(k(3, 1), k(6, 3))).toBe('warier'); // more caught, but more real friends turned away
    expect(change(k(5, 3), k(5, 1))).toBe('fewer-alarms');
    expect(change(k(5, 1), k(3, 1))).toBe('fewer-hits');
    expect(change(k(5, 1), k(5, 1))).toBe('same');
  });
  it('averages a class and counts who grew more suspicious of genuine items', () => {
    const figures = classFigures([{ before: k(3, 1), after: k(6, 1) }, { before: k(3, 1), after: k(6, 4) }]);
    expect(figures.learners).toBe(2);
    expect(figures.warier).toBe(1);
    expect(figures.before!.hitRate).toBeCloseTo(3 / 7, 12);
    expect(figures.after!.falseAlarmRate).toBeCloseTo(5 / 14, 12);
    expect(figures.after!.dPrime).toBeCloseTo((scoreCounts(k(6, 1)).dPrime + scoreCounts(k(6, 4)).dPrime) / 2, 12);
    expect(classFigures([])).toEqual({ learners: 0, before: null, after: null, warier: 0 });
  });
});
