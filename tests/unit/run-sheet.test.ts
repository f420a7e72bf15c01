// The run sheet's data (src/components/guide/run-sheet.ts): the guide's timing table and the quiz answers in short.
import { describe, expect, it } from 'vitest';
import { answerSummary, plainText, sessionMinutes, timingRows, type KeyWords } from '../../src/components/guide/run-sheet';
import type { Quiz } from '../../src/schemas/quiz';

const L = (en: string, zh = en) => ({ en, 'zh-cn': zh });

describe('timingRows', () => {
  const body = [
    'Intro.', '', '## Timing plan {#timing}', '', '**45 minutes:**', '',
    '| Minutes | Activity | Notes |', '|---|---|---|',
    '| 0–5 | Welcome and the **key** message | Say it once. |',
    '| 5–20 | Scenario: <Term id="moments">Moments</Term> *or* [the lesson](x) | Presenter mode. |',
    '| 41–45 | Close | Handout. |', '',
    '**90 minutes:**', '', '| Minutes | Activity |', '|---|---|', '| 0–90 | Not this one |', '',
    '## Materials {#materials}', '| 1 | not a timing row |',
  ].join('\n');

  it('reads the first table under the timing heading, as plain text, without header or separator', () => {
    expect(timingRows(body)).toEqual([
      { minutes: '0–5', activity: 'Welcome and the key message' },
      { minutes: '5–20', activity: 'Scenario: Moments or the lesson' },
      { minutes: '41–45', activity: 'Close' },
    ]);
    expect(sessionMinutes(timingRows(body))).toBe(45);
  });

  it('gives nothing for a guide without a timing table', () => {
    expect(timingRows('## Timing plan {#timing}\n\nTen minutes.\n\n## Next {#next}\n| a | b |')).toEqual([]);
    expect(timingRows('no headings')).toEqual([]);
    expect(sessionMinutes([])).toBeNull();
  });

  it('keeps escaped characters and an asterisk that is not emphasis', () => {
    expect(plainText('the name, for example "\\*林"')).toBe('the name, for example "*林"');
    expect(plainText('*emphasis* and **strong**')).toBe('emphasis and strong');
  });
});

describe('answerSummary', () => {
  const words: KeyWords = {
    true: 'True', false: 'False', verdict: { scam: 'Scam', genuine: 'Genuine', verify: 'Verify first' },
    flagged: 'messages {list}', allGenuine: 'none', listSep: ', ', numSep: '/', and: '; ', then: ' → ',
  };
  const quiz = {
    module: 'm', title: L('Q'), intro: L('i'), questions: [
      { id: 'a', type: 'single', prompt: L('Pick one'), options: [{ id: 'x', text: L('Wrong'), correct: false }, { id: 'y', text: L('Right', '对的'), correct: true }], explanation: L('e'), lesson: 'm/l' },
      { id: 'b', type: 'multi', prompt: L('Pick all'), options: [{ id: 'x', text: L('One'), correct: true }, { id: 'y', text: L('No'), correct: false }, { id: 'z', text: L('Two'), correct: true }], explanation: L('e'), lesson: 'm/l' },
      { id: 'c', type: 'true-false', prompt: L('A statement'), answer: false, explanation: L('e'), lesson: 'm/l' },
      { id: 'd', type: 'judgement', prompt: L('Scam?'), case: { kind: 'request', title: L('Wang Fang'), lines: [L('l')] }, answer: 'verify', explanation: L('e'), lesson: 'm/l' },
      { id: 'e', type: 'spot', prompt: L('Spot'), transcript: [{ speaker: L('s'), text: L('t'), redFlag: false }, { speaker: L('s'), text: L('t'), redFlag: true }, { speaker: L('s'), text: L('t'), redFlag: true }], explanation: L('e'), lesson: 'm/l' },
      { id: 'f', type: 'spot', prompt: L('Spot'), transcript: [{ speaker: L('s'), text: L('t'), redFlag: false }, { speaker: L('s'), text: L('t'), redFlag: false }], allGenuine: true, explanation: L('e'), lesson: 'm/l' },
      { id: 'g', type: 'order', prompt: L('Order'), steps: [{ id: '1', text: L('First') }, { id: '2', text: L('Then') }, { id: '3', text: L('Last') }], explanation: L('e'), lesson: 'm/l' },
    ],
  } as unknown as Quiz;

  it('gives each question its cue and right answer, in order', () => {
    expect(answerSummary(quiz, 'en', words)).toEqual([
      { n: 1, cue: 'Pick one', answer: 'Right' },
      { n: 2, cue: 'Pick all', answer: 'One; Two' },
      { n: 3, cue: 'A statement', answer: 'False' },
      { n: 4, cue: 'Wang Fang', answer: 'Verify first' },
      { n: 5, cue: 'Spot', answer: 'messages 2/3' },
      { n: 6, cue: 'Spot', answer: 'none' },
      { n: 7, cue: 'Order', answer: 'First → Then → Last' },
    ]);
    expect(answerSummary(quiz, 'zh-cn', words)[0]!.answer).toBe('对的');
  });
});
