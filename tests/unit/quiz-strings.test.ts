// The quiz script's point formatting (its keys are checked by the type checker: quizScriptKeys satisfies UiKey[]).
import { describe, expect, it } from 'vitest';
import { round } from '../../src/islands/quiz-strings';

describe('quiz strings', () => {
  it('shows points with at most two decimals', () => {
    expect([1, 0.5, 2 / 3, 0, 4.5].map(round)).toEqual(['1', '0.5', '0.67', '0', '4.5']);
  });
});
