// Quiz validation: each kind of authoring mistake fails with file, field and a message an author can act on.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CourseIndex } from '../../src/content-check/context';
import { checkContent } from '../../src/content-check/index';
import type { RawContent } from '../../src/content-check/load';
import { checkQuizzes } from '../../src/content-check/quizzes';

const fixtures = fileURLToPath(new URL('../fixtures/quizzes/', import.meta.url));

/** The course as the fixture quizzes see it, built by hand. */
const course: CourseIndex = {
  modules: new Set(['demo']),
  lessons: new Set(['demo/basics']),
  sections: new Map([['demo/basics', new Set(['call-known-number'])]]),
  scenarios: new Set(),
  quizzes: new Set(),
  glossary: new Set(),
};

function check(name: string) {
  const file = `quizzes/${name}.yaml`;
  const path = name === 'demo-quiz' ? `${fixtures}site/${file}` : `${fixtures}invalid/${name}.yaml`;
  const raw = {
    root: fixtures, modules: new Map(), lessons: [], guides: [], scenarios: new Map(), glossary: null, problems: [],
    quizzes: new Map([[name, { file, data: parse(readFileSync(path, 'utf8')) as unknown }]]),
  } satisfies RawContent;
  return checkQuizzes(raw, course);
}

describe('quiz validation', () => {
  it('accepts a valid quiz with every question type', () => {
    expect(check('demo-quiz')).toEqual([]);
  });

  it('passes the whole-course check on a fixture site with real lesson files', () => {
    expect(checkContent(`${fixtures}site`, null)).toEqual([]);
  });

  it('rejects a question with no correct answer', () => {
    expect(check('no-correct-answer')).toEqual([{
      file: 'quizzes/no-correct-answer.yaml',
      field: 'questions.0',
      message: 'question "nothing-right" has no correct answer: mark exactly one option `correct: true`',
    }]);
  });

  it('rejects a single-choice question with two correct options', () => {
    expect(check('single-two-correct')).toEqual([expect.objectContaining({
      field: 'questions.0',
      message: expect.stringContaining('has 2 correct options; a single-choice question needs exactly one'),
    })]);
  });

  it('rejects a spotting question with no red flag unless it is marked allGenuine', () => {
    expect(check('spot-no-flags')).toEqual([expect.objectContaining({
      field: 'questions.0',
      message: expect.stringContaining('has no correct answer: mark at least one message `redFlag: true`'),
    })]);
  });

  it('rejects duplicate option ids', () => {
    expect(check('duplicate-option-ids')).toEqual([{
      file: 'quizzes/duplicate-option-ids.yaml',
      field: 'questions.0.options.1.id',
      message: 'duplicate option id "a" in question "twins"',
    }]);
  });

  it('rejects duplicate question ids', () => {
    expect(check('duplicate-question-ids')).toEqual([expect.objectContaining({
      field: 'questions.1.id', message: 'duplicate question id "same"',
    })]);
  });

  it('rejects a missing translation', () => {
    expect(check('missing-translation')).toEqual([{
      file: 'quizzes/missing-translation.yaml',
      field: 'questions.0.prompt.zh-cn',
      message: 'missing Chinese text (zh-cn)',
    }]);
  });

  it('rejects an ordering question with fewer than 3 steps', () => {
    expect(check('order-too-short')).toEqual([{
      file: 'quizzes/order-too-short.yaml',
      field: 'questions.0.steps',
      message: 'an ordering question needs at least 3 steps',
    }]);
  });

  it('rejects an explanation link to a lesson that does not exist', () => {
    expect(check('unknown-lesson')).toEqual([{
      file: 'quizzes/unknown-lesson.yaml',
      field: 'questions.0.lesson',
      message: 'question "dangling" links to lesson "demo/no-such-lesson", which does not exist (use "module/lesson" or "module/lesson#section")',
    }]);
  });

  it('rejects a link to a section that is not in every language', () => {
    expect(check('unknown-section')).toEqual([expect.objectContaining({
      field: 'questions.0.lesson',
      message: expect.stringContaining('links to section "#english-only" of "demo/basics"'),
    })]);
  });

  it('rejects an unknown question type, naming the allowed ones', () => {
    expect(check('unknown-type')).toEqual([expect.objectContaining({
      field: 'questions.0.type',
      message: 'type must be one of: single, multi, true-false, judgement, spot, order',
    })]);
  });

  it('rejects an unknown module', () => {
    expect(check('unknown-module')).toEqual([expect.objectContaining({
      field: 'module', message: expect.stringContaining('unknown module "nowhere"'),
    })]);
  });
});
