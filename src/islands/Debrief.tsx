// Class debrief: the instructor drops learners' results files (or pastes codes); everything is counted in this browser.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { aggregateRead, readInput, SCORE_BANDS, type CheckSummary, type Count, type ReadInput, type ScenarioSummary } from '../engine/debrief';
import { own } from '../engine/own';
import { quote } from '../engine/quote';
import { MAX_RESULTS_TEXT, type ResultsError } from '../engine/results';
import { readText } from '../lib/compat';
import { formatSize } from '../lib/size';
import { mapInSlices, nextTask } from '../lib/slices';
import DebriefChart, { type BarRow } from './DebriefChart';
import { translator, type Strings } from '../i18n/format';
import type { DebriefLabels } from '../lib/workshop-types';

type T = ReturnType<typeof translator>;

export interface DebriefProps {
  strings: Strings;
  labels: DebriefLabels;
  /** Scenario and quiz ids in course order. */
  order: string[];
}

function errorText(t: T, fileName: string, error: ResultsError | { code: 'unreadable' }): string {
  const name = quote(fileName, 60);
  switch (error.code) {
    case 'empty': return t('debrief.error.empty', { name });
    case 'too-large': return t('debrief.error.tooLarge', { name, size: formatSize(error.size) });
    case 'not-results': return t('debrief.error.notResults', { name });
    case 'progress-backup': return t('debrief.error.progressBackup', { name });
    case 'version': return t('debrief.error.version', { name, version: error.version });
    case 'malformed': return t('debrief.error.malformed', { name, field: error.field });
    case 'unreadable': return t('debrief.error.unreadable', { name });
  }
}

type Chart = (title: string, rows: BarRow[], max: number, valueHeader?: string) => preact.JSX.Element;
type ScenarioLabels = DebriefLabels['scenarios'][string] | undefined;

/** Per decision: how many learners took each choice, with the guide's discussion prompts for the scenario beside it. */
function Decisions({ s, l, t, chart }: { s: ScenarioSummary; l: ScenarioLabels; t: T; chart: Chart }) {
  if (s.withPath === 0) return <p class="muted">{t('debrief.decisions')}: {t('debrief.notRecorded')}</p>;
  const taken = new Map(s.choices.map((c) => [c.id, c.count]));
  const decisions = (l?.decisions ?? []).filter((d) => d.choices.some((c) => taken.has(c.id)));
  return (
    <div class="db-decisions">
      <h4>{t('debrief.decisions')}</h4>
      <div class="db-split">
        <div>
          {decisions.map((d, i) => chart(
            t('debrief.decision', { n: i + 1, prompt: d.prompt || d.id }),
            d.choices.map((c) => ({ label: c.text, value: taken.get(c.id) ?? 0, display: t('debrief.choiceOf', { count: taken.get(c.id) ?? 0, n: s.withPath }) })),
            s.withPath,
          ))}
        </div>
        {(l?.prompts?.length ?? 0) > 0 && (
          <aside class="db-prompts" aria-label={t('debrief.prompts')}>
            <p class="db-prompts-title">{t('debrief.prompts')}</p>
            <ul>{l!.prompts!.map((p, i) => <li key={i}>{p}</li>)}</ul>
            {l?.guideHref && <p><a href={l.guideHref}>{t('debrief.guideLink')}</a></p>}
          </aside>
        )}
      </div>
    </div>
  );
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The class's discernment check: mean hit and false-alarm rates and d′, before vs after (and at 4 weeks). */
function CheckFigures({ summary, t }: { summary: CheckSummary; t: T }) {
  const { afterVsBefore: after, refresherVsBefore: later } = summary;
  return (
    <section aria-labelledby="db-check" class="db-check">
      <h2 id="db-check">{t('debrief.check')}</h2>
      {after.learners === 0 ? <p class="muted">{t('debrief.check.none', { n: summary.took })}</p> : (
        <>
          <p>{t('debrief.check.learners', { n: after.learners })}</p>
          <table class="db-table db-check-table">
            <thead><tr>
              <th scope="col">{t('debrief.check.colMeasure')}</th><th scope="col">{t('debrief.check.colBefore')}</th><th scope="col">{t('debrief.check.colAfter')}</th>
              {later.learners > 0 && <th scope="col">{t('debrief.check.colRefresher', { n: later.learners })}</th>}
            </tr></thead>
            <tbody>
              <tr data-measure="hit-rate"><th scope="row">{t('debrief.check.hitRate')}</th><td>{pct(after.before!.hitRate)}</td><td>{pct(after.after!.hitRate)}</td>{later.learners > 0 && <td>{pct(later.after!.hitRate)}</td>}</tr>
              <tr data-measure="false-alarm-rate"><th scope="row">{t('debrief.check.faRate')}</th><td>{pct(after.before!.falseAlarmRate)}</td><td>{pct(after.after!.falseAlarmRate)}</td>{later.learners > 0 && <td>{pct(later.after!.falseAlarmRate)}</td>}</tr>
              <tr data-measure="d-prime"><th scope="row">{t('debrief.check.dprime')}</th><td>{after.before!.dPrime.toFixed(2)}</td><td>{after.after!.dPrime.toFixed(2)}</td>{later.learners > 0 && <td>{later.after!.dPrime.toFixed(2)}</td>}</tr>
            </tbody>
          </table>
          <p class={after.warier > 0 ? 'db-warier' : ''} data-warier={after.warier}>{t('debrief.check.warier', { count: after.warier, n: after.learners })}</p>
          <p class="muted">{t('debrief.check.explain')}</p>
        </>
      )}
    </section>
  );
}

const label = (table: Record<string, string> | undefined, id: string) => ((table && own(table, id)) ?? id);

export default function Debrief({ strings, labels, order }: DebriefProps) {
  const t = translator(strings);
  const [inputs, setInputs] = useState<ReadInput[]>([]);
  /** Inputs being read and checked right now (a few at a time, so the page keeps answering). */
  const [working, setWorking] = useState(0);
  const [unreadable, setUnreadable] = useState<string[]>([]);
  const [codes, setCodes] = useState('');
  // What was given before this island woke up (a slow phone shows the form first) is taken in, not lost. Codes are
  // read from the page as the island first renders, before hydration empties the box; the first render matches the
  // server's (hydration does not patch attributes such as the button's disabled), and the effect below adds them.
  const [typedEarly] = useState(() => (typeof document === 'undefined' ? '' : document.querySelector<HTMLTextAreaElement>('#db-codes')?.value ?? ''));
  const [pasted, setPasted] = useState(0);
  const [dragging, setDragging] = useState(false);
  const summary = useMemo(() => aggregateRead(inputs, order), [inputs, order]);

  const addFiles = async (files: FileList | null) => {
    if (!files) return;
    const list = Array.from(files);
    setWorking((n) => n + list.length);
    const read: ReadInput[] = [];
    const failed: string[] = [];
    for (const file of list) {
      try {
        // Read at most one character past the cap: the parser then rejects it as too large without holding it all.
        const text = await readText(file.slice(0, MAX_RESULTS_TEXT * 4 + 1));
        read.push(readInput({ name: file.name, text, size: file.size }, labels));
      } catch {
        failed.push(file.name);
      }
      await nextTask();
    }
    setInputs((all) => [...all, ...read]);
    setWorking((n) => n - list.length);
    if (failed.length) setUnreadable((all) => [...all, ...failed]);
  };
  const addCodes = async () => {
    const lines = codes.split(/\n+/).map((line) => line.trim()).filter(Boolean);
    const first = pasted;
    setPasted((n) => n + lines.length);
    setCodes('');
    setWorking((n) => n + lines.length);
    const read = await mapInSlices(lines.map((text, i) => ({ name: t('debrief.code', { n: first + i + 1 }), text })), (input) => readInput(input, labels));
    setInputs((all) => [...all, ...read]);
    setWorking((n) => n - lines.length);
  };
  const clear = () => { setInputs([]); setUnreadable([]); setPasted(0); };

  /** Read the files chosen in the input, then empty it (so choosing the same file again is seen). */
  const takeFiles = (input: HTMLInputElement) => void addFiles(input.files).then(() => { input.value = ''; });
  // Files chosen early stay in the file input through hydration.
  const filesRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (typedEarly) setCodes(typedEarly);
    if (filesRef.current?.files?.length) takeFiles(filesRef.current);
  }, []);

  const chart = (title: string, rows: BarRow[], max: number, valueHeader = t('debrief.colLearners')) => (
    <DebriefChart title={title} rows={rows} max={max} itemHeader={t('debrief.colItem')} valueHeader={valueHeader} toggleLabels={[t('debrief.showTable'), t('debrief.showChart')]}
      chartLabel={t('debrief.chartLabel', { title, values: rows.map((r) => `${r.label} ${r.display ?? r.value}`).join('; ') })} />
  );
  const countRows = (counts: Count[], table?: Record<string, string>): BarRow[] => counts.map((c) => ({ label: label(table, c.id), value: c.count }));
  const problems = [
    ...unreadable.map((name) => errorText(t, name, { code: 'unreadable' })),
    ...summary.rejected.map((r) => errorText(t, r.name, r.error)),
    ...summary.duplicates.map((name) => t('debrief.duplicate', { name })),
  ];

  return (
    <div class="db">
      <section class="no-print" aria-labelledby="db-add">
        <h2 id="db-add">{t('debrief.add')}</h2>
        <div class={dragging ? 'db-drop card dragging' : 'db-drop card'}
          onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => { e.preventDefault(); setDragging(false); void addFiles(e.dataTransfer?.files ?? null); }}>
          <label for="db-files">{t('debrief.files')}</label><br />
          <input id="db-files" ref={filesRef} type="file" multiple accept=".json,application/json" aria-describedby="db-files-hint"
            onChange={(e) => takeFiles(e.currentTarget)} />
          <p id="db-files-hint" class="muted">{t('debrief.filesHint')}</p>
        </div>
        <p>
          <label for="db-codes">{t('debrief.codes')}</label><br />
          <textarea id="db-codes" rows={4} value={codes} onInput={(e) => setCodes(e.currentTarget.value)} class="db-codes" />
        </p>
        <p class="ws-actions">
          <button type="button" class="btn" onClick={() => void addCodes()} disabled={!codes.trim()}>{t('debrief.addCodes')}</button>{' '}
          <button type="button" class="btn secondary" onClick={clear}>{t('debrief.clear')}</button>{' '}
          <button type="button" class="btn secondary" onClick={() => window.print()}>{t('debrief.print')}</button>
        </p>
      </section>

      <p role="status" class="db-status">{working > 0 ? t('debrief.working', { n: working }) : summary.learners > 0 ? t('debrief.status', { n: summary.learners }) : t('debrief.none')}</p>
      {summary.unknown > 0 && <p class="muted">{t('debrief.unknown', { n: summary.unknown })}</p>}
      {problems.length > 0 && (
        <div class="notice" role="alert">
          <p>{t('debrief.rejectedTitle')}</p>
          <ul>{problems.map((text, i) => <li key={i}>{text}</li>)}</ul>
        </div>
      )}
      {summary.nicknames.length > 0 && <p>{t('debrief.nicknames', { names: summary.nicknames.join(', ') })}</p>}

      {summary.learners > 0 && <CheckFigures summary={summary.check} t={t} />}

      {summary.scenarios.length > 0 && (
        <section aria-labelledby="db-scenarios">
          <h2 id="db-scenarios">{t('debrief.scenarios')}</h2>
          {summary.scenarios.map((s) => {
            const l = own(labels.scenarios, s.id);
            return (
              <article key={s.id} class="db-item" aria-labelledby={`db-s-${s.id}`}>
                <h3 id={`db-s-${s.id}`}>{l?.title ?? s.id}</h3>
                <p class="muted">{t('debrief.played', { n: s.played, score: s.averageScore })}</p>
                {chart(t('debrief.endings'), countRows(s.endings, l?.endings), s.played)}
                {s.withFlags > 0
                  ? chart(t('debrief.missedFlags'), s.missedFlags.map((f) => ({ label: label(l?.redFlags, f.id), value: f.count, display: t('debrief.missedOf', { count: f.count, seen: f.seen }) })), Math.max(...s.missedFlags.map((f) => f.seen), 1))
                  : <p class="muted">{t('debrief.missedFlags')}: {t('debrief.notRecorded')}</p>}
                {s.flagsOmitted > 0 && <p class="muted">{t('debrief.flagsOld', { n: s.flagsOmitted })}</p>}
                {s.withFalseAlarms > 0 && <p>{t('debrief.falseAlarms', { count: s.falseAlarmLearners, n: s.withFalseAlarms })}</p>}
                <Decisions s={s} l={l} t={t} chart={chart} />
                {s.withActs > 0
                  ? chart(t('debrief.acts'), countRows(s.acts, l?.acts), s.withActs)
                  : <p class="muted">{t('debrief.acts')}: {t('debrief.notRecorded')}</p>}
              </article>
            );
          })}
        </section>
      )}

      {summary.quizzes.length > 0 && (
        <section aria-labelledby="db-quizzes">
          <h2 id="db-quizzes">{t('debrief.quizzes')}</h2>
          {summary.quizzes.map((q) => {
            const l = own(labels.quizzes, q.id);
            return (
              <article key={q.id} class="db-item" aria-labelledby={`db-q-${q.id}`}>
                <h3 id={`db-q-${q.id}`}>{l?.title ?? q.id}</h3>
                <p class="muted">{t('debrief.taken', { n: q.taken, passed: q.passed, score: q.averageBest })}</p>
                {chart(t('debrief.distribution'), SCORE_BANDS.map(([lo, hi], i) => ({ label: t('debrief.band', { lo, hi }), value: q.distribution[i] ?? 0 })), q.taken)}
                {q.withQuestions > 0
                  ? chart(t('debrief.missedQuestions'), countRows(q.missedQuestions, l?.questions), q.withQuestions)
                  : <p class="muted">{t('debrief.missedQuestions')}: {t('debrief.notRecorded')}</p>}
              </article>
            );
          })}
        </section>
      )}

      {summary.lessons.length > 0 && (
        <section aria-labelledby="db-lessons">
          <h2 id="db-lessons">{t('debrief.lessons')}</h2>
          {chart(t('debrief.lessons'), countRows(summary.lessons, labels.lessons), summary.learners)}
        </section>
      )}
    </div>
  );
}
