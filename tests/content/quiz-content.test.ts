// The five course quizzes: valid, linked to the agreed lesson sections, and varied enough to teach.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CourseIndex } from '../../src/content-check/context';
import { loadContent } from '../../src/content-check/load';
import { checkQuizzes } from '../../src/content-check/quizzes';
import { correctIds, scoreQuestion } from '../../src/engine/quiz';
import { quizSchema } from '../../src/schemas/quiz';

const contentDir = fileURLToPath(new URL('../../content', import.meta.url));

/** Modules, lessons and section anchors fixed in IDS.md (lessons arrive from other branches). */
const agreed: Record<string, Record<string, string[]>> = {
  'friend-impersonation': {
    'how-it-works': ['copied-accounts', 'hijacked-accounts', 'urgent-stories', 'refused-calls', 'voice-and-video'],
    'how-to-verify': ['call-known-number', 'private-question', 'profile-card', 'remark-names', 'transfer-screen'],
    'saying-let-me-check': ['ready-phrases', 'helping-a-real-friend'],
  },
  'mini-program-scams': {
    'seminar-playbook': ['cold-call', 'the-seminar', 'after-signing'],
    'real-costs': ['verification-fee', 'free-tools', 'no-agents', 'stacked-fees'],
    'checking-a-vendor': ['written-quote', 'contract', 'payment-in-stages'],
  },
  'verify-before-you-pay': {
    'payment-safeguards': ['masked-name', 'verify-name', 'delayed-arrival', 'auto-return', 'risk-warnings'],
    'privacy-and-the-law': ['the-2018-letter', 'anti-fraud-law', 'why-police'],
    'my-checklist': ['checklist'],
  },
  'after-a-scam': {
    'first-hour': ['stop-payments', 'call-110', 'complain-and-freeze', 'keep-evidence', 'warn-friends'],
    'training-contract-disputes': ['call-12315', 'contract-evidence'],
    'recovery-scams-and-support': ['recovery-agents', 'no-shame'],
  },
  'new-faces': {
    'bosses-and-teachers': ['boss-group', 'call-the-boss', 'approval', 'if-you-paid', 'teacher-group', 'check-the-school', 'real-notices'],
    'voices-and-faces': ['voice-cloning', 'grandchild-call', 'call-back', 'video-calls', 'screenshots'],
    'your-own-account': ['help-verify', 'protect', 'locked-out', 'warn-friends', 'after-recovery'],
  },
};
const course: CourseIndex = {
  modules: new Set(Object.keys(agreed)),
  lessons: new Set(Object.entries(agreed).flatMap(([m, lessons]) => Object.keys(lessons).map((l) => `${m}/${l}`))),
  sections: new Map(Object.entries(agreed).flatMap(([m, lessons]) => Object.entries(lessons).map(([l, s]) => [`${m}/${l}`, new Set(s)] as const))),
  scenarios: new Set(),
  quizzes: new Set(),
  glossary: new Set(),
};

const raw = loadContent(contentDir);
const quizIds = ['friend-impersonation-quiz', 'mini-program-scams-quiz', 'verify-before-you-pay-quiz', 'after-a-scam-quiz', 'new-faces-quiz'];

describe('course quizzes', () => {
  it('exist for every module, one per agreed id', () => {
    expect([...raw.quizzes.keys()].sort()).toEqual([...quizIds].sort());
    for (const id of quizIds) expect(quizSchema.parse(raw.quizzes.get(id)!.data).module).toBe(id.replace(/-quiz$/, ''));
  });

  it('are valid and link only to agreed lesson sections', () => {
    expect(raw.problems).toEqual([]);
    expect(checkQuizzes(raw, course)).toEqual([]);
  });

  for (const id of quizIds) {
    describe(id, () => {
      const quiz = quizSchema.parse(raw.quizzes.get(id)?.data);
      it('has at least 8 questions across at least 4 kinds, including scam-or-genuine judgements', () => {
        expect(quiz.questions.length).toBeGreaterThanOrEqual(8);
        expect(new Set(quiz.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(4);
        expect(quiz.questions.some((q) => q.type === 'judgement')).toBe(true);
      });
      it('links every explanation to a section, not just a lesson', () => {
        for (const q of quiz.questions) expect(q.lesson, q.id).toMatch(/#/);
      });
      it('can be answered fully correctly', () => {
        for (const q of quiz.questions) expect(scoreQuestion(q, correctIds(q)), q.id).toBe(1);
      });
    });
  }

  it('include genuine controls, so learners practise trusting a checked request', () => {
    const all = quizIds.flatMap((id) => quizSchema.parse(raw.quizzes.get(id)!.data).questions);
    expect(all.filter((q) => q.type === 'judgement' && q.answer === 'genuine').length).toBeGreaterThanOrEqual(3);
    expect(all.some((q) => q.type === 'spot' && q.allGenuine)).toBe(true);
  });
});
