// One quiz question: native radios/checkboxes in a fieldset (or move buttons for ordering), then its feedback.
import { useState } from 'preact/hooks';
import { currentResponse, markOptions, markSteps, scoreQuestion, type Attempt, type OptionMark, type Question } from '../engine/quiz';
import { fmt, round, type QuizStrings } from './quiz-strings';

interface Props {
  /** Element id of this question (the results breakdown links to it). */
  anchor: string;
  question: Question<string>;
  number: number;
  total: number;
  attempt: Attempt;
  /** False while server-rendered: controls stay disabled until the island runs. */
  ready: boolean;
  strings: QuizStrings;
  /** Link text per lesson URL (without #section). */
  lessonTitles: Record<string, string>;
  onToggle(optionId: string): void;
  onMove(stepId: string, delta: number): void;
  onCheck(): void;
  onNext(): void;
}

interface Choice { id: string; label: string; speaker?: string; feedback?: string }

function choicesOf(q: Question<string>, s: QuizStrings, order: string[]): Choice[] {
  const all: Choice[] =
    q.type === 'single' || q.type === 'multi' ? q.options.map((o) => ({ id: o.id, label: o.text, ...(o.feedback ? { feedback: o.feedback } : {}) }))
    : q.type === 'true-false' ? [{ id: 'true', label: s['quiz.true'] }, { id: 'false', label: s['quiz.false'] }]
    : q.type === 'judgement' ? (['scam', 'genuine', 'verify'] as const).map((v) => ({ id: v, label: s[`quiz.verdict.${v}`] }))
    : q.type === 'spot' ? q.transcript.map((m) => ({ id: m.id, label: m.text, speaker: m.speaker, ...(m.feedback ? { feedback: m.feedback } : {}) }))
    : [];
  return order.flatMap((id) => all.filter((c) => c.id === id));
}

/** The words beside an option after answering; never colour alone. */
function markText(q: Question<string>, m: OptionMark, s: QuizStrings): string | null {
  const spot = q.type === 'spot';
  if (q.type === 'judgement' && m.chosen && !m.correct && m.id === 'verify') return s['quiz.mark.half'];
  if (m.chosen && m.correct) return s[spot ? 'quiz.mark.flagHit' : 'quiz.mark.hit'];
  if (m.chosen) return s[spot ? 'quiz.mark.flagFalseAlarm' : 'quiz.mark.falseAlarm'];
  if (m.correct) return s[spot ? 'quiz.mark.flagMiss' : 'quiz.mark.miss'];
  return null;
}

const markKind = (m: OptionMark) => (m.chosen && m.correct ? 'hit' : m.chosen ? 'false-alarm' : m.correct ? 'miss' : undefined);

export function QuizQuestion(props: Props) {
  const { anchor, question: q, attempt, ready, strings: s } = props;
  const [nudge, setNudge] = useState(false);
  const locked = attempt.finished || attempt.checked.includes(q.id);
  const practice = attempt.mode === 'practice';
  const response = currentResponse(attempt, q);
  const shownOrder = attempt.presentation.options[q.id] ?? [];
  const points = scoreQuestion(q, response);
  const headingId = `${anchor}-heading`;
  const lessonTitle = props.lessonTitles[q.lesson.split('#')[0]!];

  function check() {
    const needsOne = q.type === 'single' || q.type === 'true-false' || q.type === 'judgement';
    if (needsOne && !response?.length) { setNudge(true); return; }
    setNudge(false);
    props.onCheck();
  }

  return (
    <section class="quiz-q" id={anchor} aria-labelledby={headingId} data-question={q.id} data-type={q.type} data-locked={locked ? '' : undefined}>
      <h2 id={headingId} tabIndex={-1} class="quiz-q-number">{fmt(s['quiz.questionOf'], { n: props.number, total: props.total })}</h2>
      {q.type === 'judgement' && (
        <div class={`quiz-case quiz-case-${q.case.kind}`}>
          <p class="quiz-case-kind">{s[`quiz.case.${q.case.kind}`]}</p>
          {q.case.title && <p class="quiz-case-title">{q.case.title}</p>}
          {q.case.lines.map((line, i) => <p key={i}>{line}</p>)}
        </div>
      )}
      <fieldset aria-describedby={`${anchor}-hint`}>
        <legend>{q.prompt}</legend>
        <p id={`${anchor}-hint`} class="quiz-hint muted">{s[`quiz.hint.${q.type}`]}</p>
        {q.type === 'order' ? (
          <ol class="quiz-steps">
            {(response ?? shownOrder).map((stepId, i, order) => {
              const step = q.steps.find((x) => x.id === stepId);
              if (!step) return null;
              const mark = locked ? markSteps(q, order)[i] : undefined;
              return (
                <li key={stepId} data-step={stepId} data-mark={mark ? (mark.position === mark.correctPosition ? 'hit' : 'miss') : undefined}>
                  <span class="quiz-step-text">{step.text}</span>
                  {!locked && (
                    <span class="quiz-step-moves">
                      <button type="button" class="btn secondary small" id={`${anchor}-${stepId}-up`} disabled={!ready || i === 0}
                        aria-label={fmt(s['quiz.step.upLabel'], { step: step.text })} onClick={() => props.onMove(stepId, -1)}>
                        <span aria-hidden="true">↑ </span>{s['quiz.step.up']}
                      </button>
                      <button type="button" class="btn secondary small" id={`${anchor}-${stepId}-down`} disabled={!ready || i === order.length - 1}
                        aria-label={fmt(s['quiz.step.downLabel'], { step: step.text })} onClick={() => props.onMove(stepId, +1)}>
                        <span aria-hidden="true">↓ </span>{s['quiz.step.down']}
                      </button>
                    </span>
                  )}
                  {mark && (
                    <span class="quiz-mark">
                      {mark.position === mark.correctPosition ? s['quiz.step.right'] : fmt(s['quiz.step.belongs'], { n: mark.correctPosition + 1 })}
                    </span>
                  )}
                </li>
              );
            })}
          </ol>
        ) : (
          <div class={q.type === 'spot' ? 'quiz-options quiz-transcript' : 'quiz-options'}>
            {choicesOf(q, s, shownOrder).map((c) => {
              const inputId = `${anchor}-${c.id}`;
              const mark = locked ? markOptions(q, response).find((m) => m.id === c.id) : undefined;
              const text = mark ? markText(q, mark, s) : null;
              const many = q.type === 'multi' || q.type === 'spot';
              return (
                <div class="quiz-option" key={c.id} data-option={c.id} data-mark={mark ? markKind(mark) : undefined}>
                  <input type={many ? 'checkbox' : 'radio'} id={inputId} name={anchor} value={c.id}
                    checked={response?.includes(c.id) ?? false} disabled={!ready || locked}
                    aria-describedby={text || (mark && c.feedback) ? `${inputId}-mark` : undefined}
                    onChange={() => { setNudge(false); props.onToggle(c.id); }} />
                  <label for={inputId}>
                    {c.speaker && <span class="quiz-speaker">{c.speaker}: </span>}
                    {c.label}
                  </label>
                  {mark && (text || c.feedback) && (
                    <p class="quiz-mark" id={`${inputId}-mark`}>
                      {text && <strong>{text}</strong>}{text && c.feedback ? ' ' : ''}{c.feedback}
                    </p>
                  )}
                </div>
              );
            })}
          </div>
        )}
      </fieldset>
      {practice && !attempt.finished && (
        locked
          ? <button type="button" class="btn secondary" id={`${anchor}-next`} onClick={props.onNext}>{s['quiz.next']}</button>
          : <button type="button" class="btn" id={`${anchor}-check`} disabled={!ready} onClick={check}>{s['quiz.check']}</button>
      )}
      <div class="quiz-feedback" aria-live={practice && !attempt.finished ? 'polite' : undefined}>
        {nudge && !locked && <p class="quiz-nudge">{s['quiz.chooseFirst']}</p>}
        {locked && (
          <div class="quiz-explanation" data-points={round(points)}>
            <p class="quiz-verdict">
              <strong>{points === 1 ? s['quiz.correct'] : points > 0 ? s['quiz.partly'] : s['quiz.wrong']}</strong>
              {' · '}{fmt(s['quiz.questionPoints'], { points: round(points) })}
            </p>
            <p>{q.explanation}</p>
            <p><a href={q.lesson}>{lessonTitle ? fmt(s['quiz.readLesson'], { lesson: lessonTitle }) : q.lesson}</a></p>
          </div>
        )}
      </div>
    </section>
  );
}
