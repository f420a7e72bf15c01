// The progress page: per-module summary, scenario outcomes, quiz scores, calendar reminders, export/import/reset.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $progress, exportProgressJson, replaceProgress, resetProgress } from '../stores/progress';
import { exportFileName, mergeProgress, summarize } from '../engine/progress/merge';
import { parseProgress } from '../engine/progress/read';
import { IMPORT_MAX_BYTES, own, type Problem, type Progress } from '../engine/progress/shape';
import { offersRefresherCalendar, refresherCalendarName, refresherEvents } from '../engine/progress/calendar';
import { itemPath } from '../engine/progress/next';
import { courseStatus, type ModuleStructure } from '../engine/progress/status';
import { buildCalendar } from '../engine/ics';
import { downloadText } from '../lib/download';
import { pageBase } from '../lib/urls';
import { readText } from '../lib/compat';
import { quote } from '../engine/quote';
import { fill } from '../i18n/format';

interface Titled { id: string; title: string }
export interface DashboardModule { id: string; title: string; lessons: Titled[]; scenarios: Titled[]; quizzes: Titled[] }
interface Props {
  /** BCP 47 tag for dates, e.g. "zh-CN". */
  lang: string;
  locale: string;
  course: DashboardModule[];
  /** Resolved UI strings (progress.* keys), with {placeholders}. */
  strings: Record<string, string>;
}

type Message = { kind: 'ok' | 'error'; text: string } | null;

export default function ProgressDashboard({ lang, locale, course, strings: s }: Props) {
  const progress = useStore($progress);
  const [message, setMessage] = useState<Message>(null);
  const [pending, setPending] = useState<Progress | null>(null);
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const previewRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);

  const structure: ModuleStructure[] = course.map((m) => ({
    id: m.id, lessons: m.lessons.map((l) => l.id), scenarios: m.scenarios.map((x) => x.id), quizzes: m.quizzes.map((q) => q.id),
  }));
  const status = courseStatus(progress, structure);
  const started = status.modules.some((m) => m.lastActivity !== undefined);
  const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'long' });
  const base = pageBase();

  const problemText = (problems: Problem[]) => {
    const [first] = problems;
    // The path can hold a key the file chose (900 KB of it): quote it short.
    const reason = first ? fill(s[`progress.problem.${first.code}`], { path: quote(first.path, 60) }) : '';
    const more = problems.length > 1 ? ` ${fill(s['progress.importMore'], { n: problems.length - 1 })}` : '';
    return fill(s['progress.importError'], { reason: reason + more });
  };

  // A file chosen before this island woke up (a slow phone shows the form first) stays in the input: read it then.
  useEffect(() => {
    if (fileInput.current?.files?.length) void readFile(fileInput.current);
  }, []);

  const onFile = (event: Event) => readFile(event.currentTarget as HTMLInputElement);
  async function readFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    setPending(null);
    setMessage(null);
    if (!file) return;
    if (file.size > IMPORT_MAX_BYTES) {
      setMessage({ kind: 'error', text: problemText([{ path: '', code: 'too-large' }]) });
    } else {
      let text = '';
      try {
        text = await readText(file);
      } catch {
        setMessage({ kind: 'error', text: problemText([{ path: '', code: 'not-json' }]) });
        return;
      }
      const read = parseProgress(text, Date.now());
      if (!read.progress || read.problems.length) setMessage({ kind: 'error', text: problemText(read.problems) });
      else {
        setPending(read.progress);
        requestAnimationFrame(() => previewRef.current?.focus());
      }
    }
    input.value = '';
  }

  function applyImport(mode: 'merge' | 'replace') {
    if (!pending) return;
    replaceProgress(mode === 'merge' ? mergeProgress($progress.get(), pending) : pending);
    setPending(null);
    setMessage({ kind: 'ok', text: s['progress.imported']! });
    fileInput.current?.focus();
  }

  function onReset() {
    resetProgress();
    setConfirming(false);
    setMessage({ kind: 'ok', text: s['progress.resetDone']! });
    requestAnimationFrame(() => resetButton.current?.focus());
  }

  function calendarFor(m: DashboardModule, completedAt: number) {
    const events = refresherEvents(progress, structure.find((x) => x.id === m.id)!, completedAt, {
      summary: fill(s['progress.icsSummary'], { module: m.title }),
      description: s['progress.icsDescription']!,
      url: (target) => new URL(`${base}${locale}/${itemPath(target, true)}`, window.location.href).href,
    });
    if (events) downloadText(refresherCalendarName(m.id), 'text/calendar;charset=utf-8', buildCalendar(events, new Date()));
  }

  return (
    <div class="vf-progress">
      <p class="vf-course-total"><strong>{fill(s['progress.course'], { n: status.percent })}</strong></p>
      {!started && <p class="muted">{s['progress.empty']}</p>}

      {course.map((m, i) => {
        const st = status.modules[i]!;
        const lessonsRead = m.lessons.filter((l) => own(progress.lessons, `${m.id}/${l.id}`)).length;
        return (
          <section class="card vf-module" aria-labelledby={`vf-module-${m.id}`} key={m.id}>
            <h2 id={`vf-module-${m.id}`}>{m.title}</h2>
            <p>
              {st.complete && st.completedAt !== undefined
                ? fill(s['progress.moduleComplete'], { date: dateFormat.format(st.completedAt) })
                : fill(s['progress.percent'], { n: st.percent })}
            </p>
            <p>{fill(s['progress.lessonsRead'], { done: lessonsRead, total: m.lessons.length })}</p>
            <ul>
              {m.lessons.map((l) => {
                const read = own(progress.lessons, `${m.id}/${l.id}`);
                return (
                  <li key={l.id}>
                    <a href={`${base}${locale}/modules/${m.id}/${l.id}/`}>{l.title}</a>
                    {' — '}{read ? s['progress.read'] : s['progress.notRead']}
                  </li>
                );
              })}
            </ul>
            {m.scenarios.length > 0 && <h3>{s['progress.scenarios']}</h3>}
            {m.scenarios.length > 0 && (
              <ul>
                {m.scenarios.map((x) => {
                  const run = own(progress.scenarios, x.id);
                  const outcome = run ? s[`progress.outcome.${run.last.outcome}`] ?? s['progress.outcome.other'] : '';
                  return (
                    <li key={x.id}>
                      <a href={`${base}${locale}/scenarios/${x.id}/`}>{x.title}</a>{' — '}
                      {run ? fill(s['progress.scenarioResult'], { outcome: outcome!, score: run.last.score, best: run.best, count: run.count }) : s['progress.notPlayed']}
                    </li>
                  );
                })}
              </ul>
            )}
            {m.quizzes.length > 0 && <h3>{s['progress.quizzes']}</h3>}
            {m.quizzes.length > 0 && (
              <ul>
                {m.quizzes.map((q) => {
                  const quiz = own(progress.quizzes, q.id);
                  return (
                    <li key={q.id}>
                      <a href={`${base}${locale}/quizzes/${q.id}/`}>{q.title}</a>{' — '}
                      {quiz
                        ? `${quiz.passedAt ? s['progress.passed'] : s['progress.notPassed']}. ${fill(s['progress.quizResult'], { best: quiz.best, last: quiz.last, count: quiz.count })}`
                        : s['progress.notTaken']}
                    </li>
                  );
                })}
              </ul>
            )}
            {offersRefresherCalendar(st, Date.now()) && (
              <p>
                <button type="button" class="btn secondary" onClick={() => calendarFor(m, st.completedAt)}>{s['progress.calendar']}</button>
                <br /><span class="muted">{s['progress.calendarHelp']}</span>
              </p>
            )}
          </section>
        );
      })}

      <section class="vf-manage" aria-labelledby="vf-manage">
        <h2 id="vf-manage">{s['progress.manage']}</h2>
        <p role="status" class={message?.kind === 'error' ? 'notice' : undefined} data-vf-progress-message>{message?.text ?? ''}</p>

        <h3>{s['progress.export']}</h3>
        <p class="muted">{s['progress.exportHelp']}</p>
        <button type="button" class="btn" onClick={() => downloadText(exportFileName(new Date()), 'application/json', exportProgressJson())}>
          {s['progress.export']}
        </button>

        <h3><label for="vf-import-file">{s['progress.import']}</label></h3>
        <p class="muted" id="vf-import-help">{s['progress.importHelp']}</p>
        <input id="vf-import-file" ref={fileInput} type="file" accept="application/json,.json" aria-describedby="vf-import-help" onChange={onFile} />
        {pending && (
          <div class="card vf-preview" ref={previewRef} tabindex={-1} data-vf-import-preview>
            <p>{fill(s['progress.importPreview'], summarize(pending))}</p>
            <p class="vf-actions">
              <button type="button" class="btn" onClick={() => applyImport('merge')}>{s['progress.importMerge']}</button>
              <button type="button" class="btn secondary" onClick={() => applyImport('replace')}>{s['progress.importReplace']}</button>
              <button type="button" class="btn secondary" onClick={() => { setPending(null); fileInput.current?.focus(); }}>{s['progress.cancel']}</button>
            </p>
          </div>
        )}

        <h3>{s['progress.reset']}</h3>
        <p class="muted">{s['progress.resetHelp']}</p>
        {!confirming && (
          <button type="button" class="btn secondary" ref={resetButton} onClick={() => { setConfirming(true); requestAnimationFrame(() => confirmRef.current?.focus()); }}>
            {s['progress.reset']}
          </button>
        )}
        {confirming && (
          <div class="card vf-confirm" role="group" aria-labelledby="vf-reset-question" ref={confirmRef} tabindex={-1}>
            <p id="vf-reset-question"><strong>{s['progress.resetConfirm']}</strong></p>
            <p class="vf-actions">
              <button type="button" class="btn" onClick={onReset}>{s['progress.resetYes']}</button>
              <button type="button" class="btn secondary" onClick={() => { setConfirming(false); requestAnimationFrame(() => resetButton.current?.focus()); }}>{s['progress.cancel']}</button>
            </p>
          </div>
        )}
      </section>
    </div>
  );
}
