// <vf-quiz>: enables the server-rendered quiz and scores it with the pure engine. The only quiz code that touches the DOM.
/*
 * Why a custom element and not a Preact island: the questions are already readable HTML (for
 * learners without JS), so the script only switches controls on and writes feedback. Without a
 * framework the page stays within its 15 KB JS budget and the HTML carries each text once.
 * Rules live in src/engine/quiz.ts; this file reads the DOM into engine data, dispatches engine
 * actions, and paints the engine's state back. Text is only ever set with textContent.
 */
import {
  canCheck, check, currentResponse, finish, isAnswered, markOptions, markSteps, moveStep, result, scoreQuestion,
  missedQuestions, seedFrom, startAttempt, toggle, type Attempt, type Mode, type OptionMark, type Presentation, type Question,
  type QuestionType, type Verdict,
} from '../engine/quiz';
import { $progress, recordQuizAttempt } from '../stores/progress';
import { own } from '../engine/own';
import { fill } from '../i18n/format';
import { round, type QuizStrings } from './quiz-strings';
import { setChildren } from '../lib/compat';

type Q = Question<null>;
const all = <E extends Element>(root: ParentNode, selector: string) => [...root.querySelectorAll<E>(selector)];

/** Put `nodes` in this order inside `box`, touching the DOM only when the order changed (moving blurs focus). */
function reorder(box: Element, nodes: Element[]) {
  if (nodes.every((node, i) => box.children[i] === node)) return;
  for (const node of nodes) box.appendChild(node);
}

/** Engine data from one question's markup: ids, kinds and which answers are right. */
function readQuestion(el: HTMLElement): Q {
  const base = { id: el.dataset.question!, prompt: null, explanation: null, lesson: '' };
  const type = el.dataset.type as QuestionType;
  const options = all<HTMLElement>(el, '[data-option]').map((o) => ({ id: o.dataset.option!, correct: o.hasAttribute('data-correct') }));
  const right = options.find((o) => o.correct)?.id;
  switch (type) {
    case 'single': case 'multi': return { ...base, type, options: options.map((o) => ({ ...o, text: null })) };
    case 'true-false': return { ...base, type, answer: right === 'true' };
    case 'judgement': return { ...base, type, answer: (right ?? 'verify') as Verdict, case: { kind: 'message', lines: [] } };
    case 'spot': return { ...base, type, transcript: options.map((o) => ({ id: o.id, speaker: null, text: null, redFlag: o.correct })) };
    case 'order': {
      const steps = all<HTMLElement>(el, '[data-step]').sort((a, b) => Number(a.dataset.rank) - Number(b.dataset.rank));
      return { ...base, type, steps: steps.map((s) => ({ id: s.dataset.step!, text: null })) };
    }
  }
}

class QuizElement extends HTMLElement {
  private quizId = '';
  private s = {} as QuizStrings;
  private questions: Q[] = [];
  private byId = new Map<string, Q>();
  private attempt!: Attempt;
  private scorable!: { questions: Q[]; passMark?: number };

  connectedCallback() {
    if (this.attempt) return;
    this.quizId = this.dataset.quiz ?? '';
    try {
      this.s = JSON.parse(this.dataset.strings ?? '{}') as QuizStrings;
    } catch { /* strings are generated at build time; missing ones show their key */ }
    const items = all<HTMLElement>(this, '[data-question]');
    this.questions = items.map(readQuestion);
    this.byId = new Map(this.questions.map((q) => [q.id, q]));
    const passMark = Number(this.dataset.passMark);
    const mode: Mode = new URLSearchParams(location.search).get('mode') === 'exam' ? 'exam' : 'practice';
    // Keep the order the server rendered (seeded by the quiz id).
    const onScreen: Presentation = {
      questions: this.questions.map((q) => q.id),
      options: Object.fromEntries(items.map((el) => [el.dataset.question!, all<HTMLElement>(el, '[data-option],[data-step]').map((o) => o.dataset.option ?? o.dataset.step!)])),
    };
    this.scorable = { questions: this.questions, ...(passMark > 0 ? { passMark } : {}) };
    this.attempt = startAttempt(this.scorable, seedFrom(this.quizId), mode, onScreen);
    this.addEventListener('change', (e) => this.onChange(e));
    this.addEventListener('click', (e) => this.onClick(e));
    this.setAttribute('data-ready', '');
    this.paint();
  }

  private item(id: string) { return this.querySelector<HTMLElement>(`[data-question="${id}"]`)!; }
  private set(next: Attempt) { this.attempt = next; this.paint(); }
  private say(text: string) { this.querySelector('[data-status]')!.textContent = text; }
  private focusLater(el: HTMLElement | null | undefined) { if (el) requestAnimationFrame(() => el.focus()); }

  private onChange(e: Event) {
    const input = e.target as HTMLInputElement;
    const el = input.closest<HTMLElement>('[data-question]');
    const q = el && this.byId.get(el.dataset.question!);
    if (!q) return;
    el.querySelector<HTMLElement>('.quiz-nudge')!.hidden = true;
    this.set(toggle(this.attempt, q, input.value));
  }

  private onClick(e: Event) {
    const button = (e.target as Element).closest<HTMLButtonElement>('button');
    if (!button) return;
    const el = button.closest<HTMLElement>('[data-question]');
    const q = el ? this.byId.get(el.dataset.question!) : undefined;
    if (q && el && button.dataset.move) this.move(q, el, button);
    else if (q && el && button.hasAttribute('data-check')) this.check(q, el);
    else if (q && button.hasAttribute('data-next')) this.next(q);
    else if (button.hasAttribute('data-finish')) this.finish();
    else if (button.hasAttribute('data-retry')) this.retry();
  }

  private move(q: Q, el: HTMLElement, button: HTMLButtonElement) {
    const stepId = button.closest<HTMLElement>('[data-step]')!.dataset.step!;
    const delta = Number(button.dataset.move);
    const next = moveStep(this.attempt, q.id, stepId, delta);
    if (next === this.attempt) return;
    this.set(next);
    const order = currentResponse(next, q)!;
    const position = order.indexOf(stepId);
    const step = el.querySelector<HTMLElement>(`[data-step="${stepId}"]`)!;
    this.say(fill(this.s['quiz.step.moved'], { n: position + 1, total: order.length, step: step.querySelector('.quiz-step-text')!.textContent ?? '' }));
    // Keep focus on the moved step; at either end, on the button that can still move it.
    const up = position === 0 ? false : position === order.length - 1 ? true : delta < 0;
    step.querySelector<HTMLButtonElement>(`[data-move="${up ? -1 : 1}"]`)!.focus();
  }

  private check(q: Q, el: HTMLElement) {
    if (!canCheck(this.attempt, q)) {
      el.querySelector<HTMLElement>('.quiz-nudge')!.hidden = false;
      return;
    }
    this.set(check(this.attempt, q));
    // The "Next question" button takes the place of "Check answer"; the feedback is announced from its live region.
    el.querySelector<HTMLElement>('[data-next]')!.focus();
    if (this.questions.every((x) => this.attempt.checked.includes(x.id))) this.say(this.s['quiz.allChecked']);
  }

  private next(q: Q) {
    const order = this.attempt.presentation.questions;
    const following = order.slice(order.indexOf(q.id) + 1).find((id) => !this.attempt.checked.includes(id));
    this.focusLater(following ? this.item(following).querySelector<HTMLElement>('h2') : this.querySelector<HTMLElement>('[data-finish]'));
  }

  private finish() {
    this.set(finish(this.attempt));
    const r = result(this.scorable, this.attempt);
    recordQuizAttempt(this.quizId, { score: r.percent, passed: r.passed, missed: missedQuestions(r) });
    this.paintResults();
    this.focusLater(this.querySelector<HTMLElement>('#quiz-results'));
  }

  private retry() {
    const seed = (Math.random() * 2 ** 32) >>> 0;
    this.set(startAttempt(this.scorable, seed, this.attempt.mode));
    for (const nudge of all<HTMLElement>(this, '.quiz-nudge')) nudge.hidden = true;
    this.say('');
    this.focusLater(this.querySelector<HTMLElement>('#quiz-top'));
  }

  /** Put questions, options and steps in the attempt's order (moving nodes keeps their state). */
  private arrange() {
    const { questions, options } = this.attempt.presentation;
    reorder(this.querySelector('.quiz-questions')!, questions.map((id) => this.item(id)));
    questions.forEach((id, i) => {
      const el = this.item(id);
      el.querySelector('h2')!.textContent = fill(this.s['quiz.questionOf'], { n: i + 1, total: questions.length });
      const q = this.byId.get(id)!;
      const ids = q.type === 'order' ? currentResponse(this.attempt, q)! : options[id] ?? [];
      const box = el.querySelector('.quiz-options, .quiz-steps');
      const children = ids.map((optionId) => el.querySelector(`[data-option="${optionId}"], [data-step="${optionId}"]`));
      if (box && children.every(Boolean)) reorder(box, children as Element[]);
    });
  }

  private paint() {
    const a = this.attempt;
    const practice = a.mode === 'practice';
    const focused = document.activeElement;
    this.arrange();
    if (focused instanceof HTMLElement && this.contains(focused)) focused.focus();
    this.querySelector<HTMLElement>('[data-exam]')!.hidden = practice;
    for (const q of this.questions) this.paintQuestion(q, this.item(q.id), practice);
    const answered = this.questions.filter((q) => isAnswered(a, q)).length;
    this.querySelector('[data-answered]')!.textContent = fill(this.s['quiz.answered'], { n: answered, total: this.questions.length });
    const finishButton = this.querySelector<HTMLButtonElement>('[data-finish]')!;
    finishButton.disabled = false;
    finishButton.hidden = a.finished;
    const unanswered = this.querySelector<HTMLElement>('[data-unanswered]')!;
    unanswered.hidden = a.finished || answered === this.questions.length;
    unanswered.textContent = fill(this.s['quiz.unanswered'], { n: this.questions.length - answered });
    if (!a.finished) this.querySelector<HTMLElement>('[data-results]')!.hidden = true;
  }

  private paintQuestion(q: Q, el: HTMLElement, practice: boolean) {
    const a = this.attempt;
    const locked = a.finished || a.checked.includes(q.id);
    const response = currentResponse(a, q);
    const s = this.s;
    if (q.type === 'order') {
      const marks = markSteps(q, response);
      all<HTMLElement>(el, '[data-step]').forEach((step, i) => {
        const m = marks[i]!;
        const right = m.position === m.correctPosition;
        step.dataset.mark = locked ? (right ? 'hit' : 'miss') : '';
        step.querySelector<HTMLElement>('.quiz-step-moves')!.hidden = locked;
        for (const b of all<HTMLButtonElement>(step, '[data-move]')) b.disabled = b.dataset.move === '-1' ? i === 0 : i === marks.length - 1;
        const mark = step.querySelector<HTMLElement>('.quiz-mark')!;
        mark.hidden = !locked;
        mark.textContent = right ? s['quiz.step.right'] : fill(s['quiz.step.belongs'], { n: m.correctPosition + 1 });
      });
    } else {
      const marks = new Map(markOptions(q, response).map((m) => [m.id, m]));
      for (const option of all<HTMLElement>(el, '[data-option]')) {
        const m = marks.get(option.dataset.option!)!;
        const input = option.querySelector('input')!;
        input.disabled = locked;
        input.checked = m.chosen;
        const text = locked ? this.markText(q, m) : null;
        const mark = option.querySelector<HTMLElement>('.quiz-mark')!;
        const shown = locked && Boolean(text || mark.querySelector('span'));
        mark.hidden = !shown;
        mark.querySelector('strong')!.textContent = text ?? '';
        option.dataset.mark = locked ? (m.chosen && m.correct ? 'hit' : m.chosen ? 'false-alarm' : m.correct ? 'miss' : '') : '';
        if (shown) input.setAttribute('aria-describedby', mark.id);
        else input.removeAttribute('aria-describedby');
      }
    }
    el.querySelector<HTMLButtonElement>('[data-check]')!.disabled = false;
    el.querySelector<HTMLElement>('[data-check]')!.hidden = !practice || locked;
    el.querySelector<HTMLElement>('[data-next]')!.hidden = !practice || !locked || a.finished;
    const feedback = el.querySelector<HTMLElement>('.quiz-feedback')!;
    if (practice && !a.finished) feedback.setAttribute('aria-live', 'polite');
    else feedback.removeAttribute('aria-live');
    const explanation = el.querySelector<HTMLElement>('.quiz-explanation')!;
    explanation.hidden = !locked;
    const points = scoreQuestion(q, response);
    explanation.querySelector('.quiz-verdict strong')!.textContent = points === 1 ? s['quiz.correct'] : points > 0 ? s['quiz.partly'] : s['quiz.wrong'];
    explanation.querySelector('.quiz-verdict span')!.textContent = fill(s['quiz.questionPoints'], { points: round(points) });
  }

  /** The words beside an option after answering; never colour alone. */
  private markText(q: Q, m: OptionMark): string | null {
    const s = this.s;
    const spot = q.type === 'spot';
    if (m.partial) return s['quiz.mark.half'];
    if (m.chosen && m.correct) return s[spot ? 'quiz.mark.flagHit' : 'quiz.mark.hit'];
    if (m.chosen) return s[spot ? 'quiz.mark.flagFalseAlarm' : 'quiz.mark.falseAlarm'];
    if (m.correct) return s[spot ? 'quiz.mark.flagMiss' : 'quiz.mark.miss'];
    return null;
  }

  private paintResults() {
    const s = this.s;
    const r = result(this.scorable, this.attempt);
    const box = this.querySelector<HTMLElement>('[data-results]')!;
    box.querySelector('[data-score]')!.textContent = fill(s['quiz.score'], { percent: r.percent });
    box.querySelector('[data-points]')!.textContent = fill(s['quiz.points'], { points: round(r.points), max: r.max });
    const pass = box.querySelector<HTMLElement>('[data-pass]')!;
    pass.textContent = fill(r.passed ? s['quiz.passed'] : s['quiz.notPassed'], { mark: r.passMark });
    pass.className = r.passed ? 'quiz-pass' : 'quiz-fail';
    const quizzes = $progress.get().quizzes;
    const saved = own(quizzes, this.quizId);
    const best = box.querySelector<HTMLElement>('[data-best]')!;
    best.hidden = !saved;
    if (saved) best.textContent = fill(s['quiz.best'], { best: saved.best, count: saved.count });
    const list = box.querySelector('[data-breakdown]')!;
    setChildren(list, ...r.questions.map((qr) => {
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#q-${qr.id}`;
      link.textContent = this.item(qr.id).querySelector('legend')!.textContent ?? qr.id;
      const symbol = qr.points === 1 ? '✓' : qr.points > 0 ? '◐' : '✗';
      li.append(link, ` — ${symbol} ${fill(s['quiz.questionPoints'], { points: round(qr.points) })}${qr.answered ? '' : ` ${s['quiz.notAnswered']}`}`);
      return li;
    }));
    box.hidden = false;
  }
}

if (!customElements.get('vf-quiz')) customElements.define('vf-quiz', QuizElement);
