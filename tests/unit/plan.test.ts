// Plan links: round trip, versioning, size cap, truncation, hostile input and unknown ids.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodePlan, encodePlan, MAX_ITEMS, MAX_NOTE, MAX_PLAN_PARAM, MAX_TITLE, knownIds, normalizePlan, resolvePlan,
  type Plan, type PlanItem,
} from '../../src/engine/plan';
import { cleanText } from '../../src/engine/codec';

const idArb = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
const itemArb: fc.Arbitrary<PlanItem> = fc.oneof(
  fc.tuple(idArb, idArb).map(([m, l]) => ({ kind: 'lesson' as const, id: `${m}/${l}` })),
  idArb.map((id) => ({ kind: 'scenario' as const, id })),
  idArb.map((id) => ({ kind: 'quiz' as const, id })),
);
const planArb: fc.Arbitrary<Plan> = fc.record({
  title: fc.string({ unit: 'grapheme', maxLength: 100 }),
  note: fc.string({ unit: 'grapheme', maxLength: 300 }),
  exam: fc.boolean(),
  items: fc.array(itemArb, { maxLength: MAX_ITEMS }),
});

const sample: Plan = {
  title: '社区讲座：先核实',
  note: 'Bring your phone.\nWe start at 10.',
  exam: true,
  items: [
    { kind: 'lesson', id: 'friend-impersonation/how-it-works' },
    { kind: 'lesson', id: 'friend-impersonation/how-to-verify' },
    { kind: 'scenario', id: 'copied-account-hospital' },
    { kind: 'lesson', id: 'verify-before-you-pay/payment-safeguards' },
    { kind: 'quiz', id: 'friend-impersonation-quiz' },
  ],
};

describe('encodePlan / decodePlan', () => {
  it('round-trips any plan (after normalising its text)', () => {
    fc.assert(fc.property(planArb, (plan) => {
      const normal = normalizePlan(plan);
      expect(decodePlan(encodePlan(plan))).toEqual({ plan: normal, problems: [] });
      expect(normalizePlan(normal)).toEqual(normal);
    }), { numRuns: 300 });
  });

  it('makes a compact, URL-safe value that starts with the version', () => {
    const code = encodePlan(sample);
    expect(code).toMatch(/^1[A-Za-z0-9_-]+$/);
    expect(encodeURIComponent(code)).toBe(code);
    expect(code.length).toBeLessThan(300);
    expect(code.length).toBeLessThan(encodeURIComponent(JSON.stringify(sample)).length * 0.6);
    expect(decodePlan(code).plan).toEqual(sample);
  });

  it('shortens consecutive lessons of one module', () => {
    const [one, two] = [encodePlan({ ...sample, items: sample.items.slice(0, 1) }), encodePlan({ ...sample, items: sample.items.slice(0, 2) })];
    expect(two.length - one.length).toBeLessThan('~lfriend-impersonation/how-to-verify'.length);
  });

  it('refuses other versions, naming the version', () => {
    const code = encodePlan(sample);
    expect(decodePlan(`2${code.slice(1)}`)).toEqual({ plan: null, problems: [{ code: 'version', version: '2' }] });
  });

  it('checks the size before decoding anything', () => {
    const huge = `1${'A'.repeat(MAX_PLAN_PARAM)}`;
    expect(decodePlan(huge)).toEqual({ plan: null, problems: [{ code: 'too-long', length: MAX_PLAN_PARAM + 1 }] });
    expect(decodePlan(`<script>alert(1)</script>${'x'.repeat(10_000)}`).problems).toEqual([{ code: 'too-long', length: 10_025 }]);
  });

  it('reports empty, non-base64 and HTML input without throwing', () => {
    expect(decodePlan(null)).toEqual({ plan: null, problems: [{ code: 'empty' }] });
    expect(decodePlan('')).toEqual({ plan: null, problems: [{ code: 'empty' }] });
    expect(decodePlan('<script>alert(1)</script>')).toEqual({ plan: null, problems: [{ code: 'malformed' }] });
    expect(decodePlan('1<img src=x onerror=alert(1)>')).toEqual({ plan: null, problems: [{ code: 'malformed' }] });
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => { decodePlan(s); }));
  });

  it('keeps the items of a truncated link and says it was cut', () => {
    const code = encodePlan(sample);
    for (let cut = code.length - 1; cut > 1; cut -= 1) {
      const { plan, problems } = decodePlan(code.slice(0, cut));
      expect(problems.some((p) => p.code === 'truncated' || p.code === 'bad-item' || p.code === 'malformed')).toBe(true);
      for (const item of plan?.items ?? []) expect(item.kind).toMatch(/^(lesson|scenario|quiz)$/);
    }
    // Cutting only the note keeps every item.
    const cutNote = decodePlan(code.slice(0, code.length - 8));
    expect(cutNote.plan?.items).toEqual(sample.items);
    expect(cutNote.problems).toContainEqual({ code: 'truncated' });
  });

  it('treats titles and notes as plain text: HTML stays literal, control characters go, lengths are capped', () => {
    const hostile = { ...sample, title: `<script>alert(1)</script>\u0000${'长'.repeat(200)}`, note: `<b>x</b>\u001f\u0007${'n'.repeat(900)}` };
    const { plan } = decodePlan(encodePlan(hostile));
    expect(plan!.title.startsWith('<script>alert(1)</script>')).toBe(true);
    expect(Array.from(plan!.title)).toHaveLength(MAX_TITLE);
    expect(plan!.note.startsWith('<b>x</b>n')).toBe(true);
    expect(plan!.note).toHaveLength(MAX_NOTE);
    expect(plan!.title).not.toMatch(/[\u0000-\u001f]/);
  });

  it('reports malformed items but keeps the good ones', () => {
    const payload = ['lfriend-impersonation/how-it-works~x<script>~s../../etc~qfriend-impersonation-quiz', '', 'T', '', ''].join('\u001f');
    const code = `1${Buffer.from(payload).toString('base64url')}`;
    const { plan, problems } = decodePlan(code);
    expect(plan!.items).toEqual([
      { kind: 'lesson', id: 'friend-impersonation/how-it-works' },
      { kind: 'quiz', id: 'friend-impersonation-quiz' },
    ]);
    expect(problems).toEqual([{ code: 'bad-item', detail: 'x<script>' }, { code: 'bad-item', detail: 's../../etc' }]);
  });

  it('drops items beyond the cap and says how many', () => {
    const many = Array.from({ length: MAX_ITEMS + 5 }, (_, i) => `sscenario-${i}`).join('~');
    const code = `1${Buffer.from(['' + many, '', '', '', ''].join('\u001f')).toString('base64url')}`;
    const { plan, problems } = decodePlan(code);
    expect(plan!.items).toHaveLength(MAX_ITEMS);
    expect(problems).toEqual([{ code: 'too-many-items', dropped: 5 }]);
  });
});

describe('resolvePlan', () => {
  it('keeps known items in order and reports unknown ones', () => {
    const known = knownIds([
      { kind: 'lesson', id: 'friend-impersonation/how-it-works' },
      { kind: 'lesson', id: 'friend-impersonation/how-to-verify' },
      { kind: 'quiz', id: 'friend-impersonation-quiz' },
      { kind: 'quiz', id: 'copied-account-hospital' }, // a quiz of that id is not the scenario
    ]);
    const { plan, problems } = resolvePlan(sample, known);
    expect(plan.items.map((i) => i.id)).toEqual(['friend-impersonation/how-it-works', 'friend-impersonation/how-to-verify', 'friend-impersonation-quiz']);
    expect(problems).toEqual([
      { code: 'unknown-item', item: { kind: 'scenario', id: 'copied-account-hospital' } },
      { code: 'unknown-item', item: { kind: 'lesson', id: 'verify-before-you-pay/payment-safeguards' } },
    ]);
    expect(plan.title).toBe(sample.title);
  });
});

describe('cleanText', () => {
  it('replaces lone surrogates, keeps pairs (without a RegExp lookbehind, which Safari < 16.4 cannot parse)', () => {
    expect(cleanText('a\ud83d', 10)).toBe('a\ufffd');
    expect(cleanText('\udc00\udc00b', 10)).toBe('\ufffd\ufffdb');
    expect(cleanText('\ud83d\ude00\udc00\ud83d', 10)).toBe('\ud83d\ude00\ufffd\ufffd');
    expect(cleanText('平安\ud83d\ude00', 10)).toBe('平安😀');
  });
});
