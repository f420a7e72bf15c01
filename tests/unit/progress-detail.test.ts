// Optional debrief detail in progress: red flags missed and acts used per scenario run, questions missed per quiz.
import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../src/engine/progress/merge';
import { readProgress } from '../../src/engine/progress/read';
import { emptyProgress } from '../../src/engine/progress/shape';
import { withQuizAttempt, withScenarioRun } from '../../src/engine/progress/update';

const NOW = Date.UTC(2026, 10, 28, 12);

describe('progress detail', () => {
  it('records red flags missed and acts used with a scenario run, and questions missed with a quiz', () => {
    let p = withScenarioRun(emptyProgress(), 'copied-account-hospital', { ending: 'lost', outcome: 'lost', score: 20, missed: ['urgent-story', 'urgent-story'], acts: ['check-profile'] }, NOW);
    p = withQuizAttempt(p, 'friend-impersonation-quiz', { score: 70, passed: false, missed: ['q3', 'q7'] }, NOW);
    expect(p.scenarios['copied-account-hospital']!.last).toMatchObject({ missed: ['urgent-story'], acts: ['check-profile'] });
    expect(p.quizzes['friend-impersonation-quiz']!.missed).toEqual(['q3', 'q7']);
    // And it survives a save and a load.
    const { progress, problems } = readProgress(JSON.parse(JSON.stringify(p)), NOW);
    expect(problems).toEqual([]);
    expect(progress).toEqual(p);
  });

  it('drops invalid detail but keeps the run, reporting the field', () => {
    let p = withScenarioRun(emptyProgress(), 's1', { ending: 'safe', outcome: 'safe', score: 90 }, NOW);
    const raw = JSON.parse(JSON.stringify(p));
    raw.scenarios.s1.last.missed = ['<script>', 42];
    raw.scenarios.s1.last.acts = Array.from({ length: 500 }, (_, i) => `a${i}`);
    const { progress, problems } = readProgress(raw, NOW);
    expect(progress!.scenarios.s1!.last).toEqual(p.scenarios.s1!.last);
    expect(problems.map((x) => x.path)).toEqual(['scenarios.s1.last.missed', 'scenarios.s1.last.acts']);
    p = withQuizAttempt(p, 'q', { score: 50, passed: false, missed: ['__proto__'] }, NOW);
    expect(p.quizzes.q!.missed).toBeUndefined();
  });

  it('merges detail with the later attempt, whichever side it is on', () => {
    const a = withQuizAttempt(emptyProgress(), 'q', { score: 50, passed: false, missed: ['q1'] }, NOW);
    const b = withQuizAttempt(emptyProgress(), 'q', { score: 60, passed: false, missed: ['q2'] }, NOW + 1000);
    expect(mergeProgress(a, b).quizzes.q!.missed).toEqual(['q2']);
    expect(mergeProgress(b, a)).toEqual(mergeProgress(a, b));
    const same1 = withQuizAttempt(emptyProgress(), 'q', { score: 50, passed: false, missed: ['q1'] }, NOW);
    const same2 = withQuizAttempt(emptyProgress(), 'q', { score: 50, passed: false, missed: ['q9'] }, NOW);
    expect(mergeProgress(same1, same2)).toEqual(mergeProgress(same2, same1));
  });
});
