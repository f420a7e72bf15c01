// Short plan codes (version 2): round trip against the course's ids, QR size, hostile input, and old links.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePlan, encodePlan, type KnownIds, type PlanItem } from '../../src/engine/plan';
import { codeTable, decodePlanCode, encodePlanCode, isPlanCode, itemCode } from '../../src/engine/plan-code';
import { qrFor } from '../../src/engine/qr';

const known: KnownIds = {
  lesson: new Set(['friend-impersonation/how-it-works', 'friend-impersonation/how-to-verify', 'verify-before-you-pay/payment-safeguards']),
  scenario: new Set(['copied-account-hospital', 'genuine-friend-in-need', 'hijacked-red-packets']),
  quiz: new Set(['friend-impersonation-quiz']),
};
const all: PlanItem[] = (['lesson', 'scenario', 'quiz'] as const).flatMap((kind) => [...known[kind]].map((id) => ({ kind, id })));
/** The QR version for a number of modules per side (border of 4 on each side). */
const versionOf = (size: number) => (size - 8 - 17) / 4;

describe('short plan codes', () => {
  it('round-trips any order of known items, with the exam flag', () => {
    fc.assert(fc.property(fc.shuffledSubarray(all), fc.boolean(), (items, exam) => {
      const code = encodePlanCode({ exam, items });
      expect(code).toMatch(/^2[EP]([0-9A-Z]{4})*$/);
      expect(code).toHaveLength(2 + 4 * items.length);
      expect(decodePlanCode(code, known)).toEqual({ plan: { title: '', note: '', exam, items }, problems: [] });
    }));
  });

  it('gives each item a stable code from its kind and id, not from any order', () => {
    expect(itemCode({ kind: 'scenario', id: 'copied-account-hospital' })).toBe(itemCode({ kind: 'scenario', id: 'copied-account-hospital' }));
    expect(itemCode({ kind: 'scenario', id: 'x' })).not.toBe(itemCode({ kind: 'quiz', id: 'x' }));
    expect(codeTable(known).size).toBe(all.length);
  });

  it('keeps a 90-minute plan link in a QR code of version ≤ 6, title and note left out', () => {
    const items = all.slice(0, 8);
    const link = `https://verify-first.example.org/course/?plan=${encodePlanCode({ exam: false, items })}`;
    const qr = qrFor(link)!;
    expect(versionOf(qr.size)).toBeLessThanOrEqual(6);
    const old = qrFor(`https://verify-first.example.org/course/en/workshop/?plan=${encodePlan({ title: '社区讲座：先核实', note: 'Bring your phone.', exam: false, items })}`)!;
    expect(versionOf(old.size), 'the version-1 link was the dense one').toBeGreaterThan(6);
  });

  it('reads codes typed by hand (lower case, spaces, dashes) and takes title and note as plain text', () => {
    const code = encodePlanCode({ exam: true, items: all.slice(0, 2) });
    const typed = `${code.slice(0, 6)} - ${code.slice(6)}`.toLowerCase();
    const read = decodePlanCode(typed, known, { title: '<b>Room 2</b>\u0000', note: 'line 1\nline 2' });
    expect(read.plan).toEqual({ title: '<b>Room 2</b>', note: 'line 1\nline 2', exam: true, items: all.slice(0, 2) });
  });

  it('reports unknown codes and keeps the rest; refuses garbage without throwing', () => {
    const code = encodePlanCode({ exam: false, items: [all[0]!] });
    const read = decodePlanCode(`${code}ZZZZ`, known);
    expect(read.plan?.items).toEqual([all[0]]);
    expect(read.problems).toEqual([{ code: 'bad-item', detail: 'ZZZZ' }]);
    for (const bad of ['', '2', '2X', '2PABC', '2P<script>', '1abc', `2P${'A'.repeat(5000)}`]) {
      expect(decodePlanCode(bad, known).plan, bad).toBeNull();
    }
    expect(decodePlanCode('2PZZZZ', known)).toEqual({ plan: null, problems: [{ code: 'bad-item', detail: 'ZZZZ' }] });
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => { decodePlanCode(s, known); }));
  });

  it('leaves a code two items share to neither, rather than guess', () => {
    // Find two ids with the same code among generated ones (4 base-36 digits: collisions exist).
    const seen = new Map<string, string>();
    let pair: [string, string] | null = null;
    for (let i = 0; !pair && i < 200_000; i++) {
      const id = `s${i}`;
      const code = itemCode({ kind: 'scenario', id });
      if (seen.has(code)) pair = [seen.get(code)!, id];
      else seen.set(code, id);
    }
    expect(pair).not.toBeNull();
    const table = codeTable({ lesson: new Set(), quiz: new Set(), scenario: new Set(pair!) });
    expect([...table.values()]).toEqual([null]);
  });

  it('tells version-2 codes from version-1 links, and version-1 links still decode', () => {
    const v1 = encodePlan({ title: 'T', note: '', exam: false, items: all.slice(0, 2) });
    expect(isPlanCode(v1)).toBe(false);
    expect(isPlanCode(encodePlanCode({ exam: false, items: all }))).toBe(true);
    expect(isPlanCode(' 2pabcd')).toBe(true);
    expect(decodePlan(v1).plan?.items).toEqual(all.slice(0, 2));
  });
});
