// Quiz island: renders one attempt from the quiz engine, saves finished attempts to the progress store.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { check, finish, isAnswered, moveStep, result, seedFrom, startAttempt, toggle, type Attempt, type Mode, type Question, type Quiz as QuizData } from '../engine/quiz';
import { $progress, recordQuizAttempt } from '../stores/progress';
import { QuizQuestion } from './QuizQuestion';
import { fmt, round, type QuizStrings } from './quiz-strings';

interface Props {
  quizId: string;
  /** The quiz in the page's language, lesson links already resolved to URLs. */
  quiz: QuizData<string>;
  strings: QuizStrings;
  /** Link text per lesson URL (without #section), for "read more" links. */
  lessonTitles: Record<string, string>;
}

const focusById = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());
const questionAnchor = (quizId: string, questionId: string) => `${quizId}--${questionId}`;

export default function Quiz({ quizId, quiz, strings: s, lessonTitles }: Props) {
  // The first showing is seeded by the quiz id, so the server-rendered page and the island agree.
  const [attempt, setAttempt] = useState<Attempt>(() => startAttempt(quiz, seedFrom(quizId)));
  const [ready, setReady] = useState(false);
  const [status, setStatus] = useState('');
  const progress = useStore($progress);
  const byId = useMemo(() => new Map(quiz.questions.map((q) => [q.id, q])), [quiz]);
  const shown = attempt.presentation.questions.map((id) => byId.get(id)).filter((q): q is Question<string> => Boolean(q));
  const resultsRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const mode: Mode = new URLSearchParams(location.search).get('mode') === 'exam' ? 'exam' : 'practice';
    if (mode === 'exam') setAttempt((a) => startAttempt(quiz, a.seed, 'exam'));
    setReady(true);
  }, [quiz]);

  const answered = shown.filter((q) => isAnswered(attempt, q)).length;
  const summary = attempt.finished ? result(quiz, attempt) : null;
  const saved = Object.hasOwn(progress.quizzes, quizId) ? progress.quizzes[quizId] : undefined;

  function onCheck(q: Question<string>) {
    const next = check(attempt, q);
    setAttempt(next);
    const index = shown.indexOf(q);
    const following = shown.slice(index + 1).concat(shown.slice(0, index)).find((x) => !next.checked.includes(x.id));
    // Focus the button that replaced "Check" so keyboard users continue from where they were.
    focusById(`${questionAnchor(quizId, q.id)}-next`);
    setStatus(following ? '' : s['quiz.allChecked']);
  }

  function onNext(q: Question<string>) {
    const index = shown.indexOf(q);
    const following = shown.slice(index + 1).find((x) => !attempt.checked.includes(x.id));
    focusById(following ? `${questionAnchor(quizId, following.id)}-heading` : `${quizId}-finish`);
  }

  function onFinish() {
    const done = finish(attempt);
    setAttempt(done);
    const r = result(quiz, done);
    recordQuizAttempt(quizId, { score: r.percent, passed: r.passed });
    requestAnimationFrame(() => resultsRef.current?.focus());
  }

  function onRetry() {
    const seed = (Math.random() * 2 ** 32) >>> 0;
    setAttempt(startAttempt(quiz, seed, attempt.mode));
    setStatus('');
    focusById(`${quizId}-top`);
  }

  function onMove(q: Question<string>, stepId: string, delta: number) {
    const next = moveStep(attempt, q.id, stepId, delta);
    if (next === attempt) return;
    setAttempt(next);
    const order = next.responses[q.id] ?? [];
    const position = order.indexOf(stepId);
    const step = q.type === 'order' ? q.steps.find((x) => x.id === stepId) : undefined;
    setStatus(fmt(s['quiz.step.moved'], { n: position + 1, total: order.length, step: step?.text ?? '' }));
    // Keep focus on the moved step; at either end, on the button that can still move it.
    const atEdge = position === 0 || position === order.length - 1;
    const direction = atEdge ? (position === 0 ? 'down' : 'up') : delta < 0 ? 'up' : 'down';
    focusById(`${questionAnchor(quizId, q.id)}-${stepId}-${direction}`);
  }

  return (
    <div class="quiz" data-mode={attempt.mode} data-ready={ready ? '' : undefined}>
      <p id={`${quizId}-top`} tabIndex={-1} class="quiz-meta">
        {attempt.mode === 'exam' && <strong class="quiz-exam">{s['quiz.examMode']} </strong>}
        <span>{fmt(s['quiz.answered'], { n: answered, total: shown.length })}</span>
      </p>
      <ol class="quiz-questions">
        {shown.map((q, i) => (
          <li key={q.id}>
            <QuizQuestion
              anchor={questionAnchor(quizId, q.id)}
              question={q}
              number={i + 1}
              total={shown.length}
              attempt={attempt}
              ready={ready}
              strings={s}
              lessonTitles={lessonTitles}
              onToggle={(optionId) => setAttempt((a) => toggle(a, q, optionId))}
              onMove={(stepId, delta) => onMove(q, stepId, delta)}
              onCheck={() => onCheck(q)}
              onNext={() => onNext(q)}
            />
          </li>
        ))}
      </ol>
      <p class="visually-hidden" role="status">{status}</p>
      {!attempt.finished && (
        <div class="quiz-finish">
          <button type="button" id={`${quizId}-finish`} class="btn" disabled={!ready} onClick={onFinish}>{s['quiz.finish']}</button>
          {answered < shown.length && <p class="muted">{fmt(s['quiz.unanswered'], { n: shown.length - answered })}</p>}
        </div>
      )}
      {summary && (
        <section class="quiz-results card" aria-labelledby={`${quizId}-results`}>
          <h2 id={`${quizId}-results`} tabIndex={-1} ref={resultsRef}>{s['quiz.results']}</h2>
          <p class="quiz-score">
            <strong>{fmt(s['quiz.score'], { percent: summary.percent })}</strong>{' '}
            <span>{fmt(s['quiz.points'], { points: round(summary.points), max: summary.max })}</span>
          </p>
          <p class={summary.passed ? 'quiz-pass' : 'quiz-fail'}>
            {fmt(summary.passed ? s['quiz.passed'] : s['quiz.notPassed'], { mark: summary.passMark })}
          </p>
          {saved && <p>{fmt(s['quiz.best'], { best: saved.best, count: saved.count })}</p>}
          <h3>{s['quiz.breakdown']}</h3>
          <ol class="quiz-breakdown">
            {summary.questions.map((r) => {
              const q = byId.get(r.id)!;
              return (
                <li key={r.id}>
                  <a href={`#${questionAnchor(quizId, r.id)}`}>{q.prompt}</a>{' — '}
                  <span>{fmt(s['quiz.questionPoints'], { points: round(r.points) })}{r.answered ? '' : ` (${s['quiz.notAnswered']})`}</span>
                  {' '}<span aria-hidden="true">{r.points === 1 ? '✓' : r.points > 0 ? '◐' : '✗'}</span>
                </li>
              );
            })}
          </ol>
          <button type="button" class="btn" onClick={onRetry}>{s['quiz.retry']}</button>
        </section>
      )}
    </div>
  );
}
