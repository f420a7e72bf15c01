// The discernment check: the form that is due (A before, B after, the other one at 4 weeks), answered item by item
// (scam or genuine, sure or not), scored in this browser and kept in "vf:check". Nothing leaves the browser.
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { attemptOf, makeAttempt, nextCheck, type Attempt, type Form, type Reply } from '../engine/check';
import { change, scoreCounts, sureButWrong } from '../engine/discernment';
import { $check, recordCheck } from '../stores/check';
import { CheckChart, chartRows } from './check/Chart';
import { Screen } from './check/Screen';
import type { LocalForm } from '../lib/check-types';
import { translator, type Strings } from '../i18n/format';

export interface CheckProps {
  strings: Strings;
  /** BCP 47 tag for numbers and dates. */
  lang: string;
  /** Items per form, for the intro before the forms are fetched. */
  sizes: Record<Form, number>;
  /** Both forms' items in this language (src/pages/[locale]/check/forms.json.ts), fetched on start. */
  formsUrl: string;
  /** The progress page, where the results are kept with the rest. */
  progressHref: string;
}

type View = { kind: 'intro' } | { kind: 'taking' } | { kind: 'result'; attempt: Attempt };

export default function Check({ strings, lang, sizes, formsUrl, progressHref }: CheckProps) {
  const t = translator(strings);
  const record = useStore($check);
  const [now] = useState(() => Date.now());
  const next = nextCheck(record, now);
  const [view, setView] = useState<View>({ kind: 'intro' });
  const [replies, setReplies] = useState<Record<string, Reply>>({});
  const [missing, setMissing] = useState<string[]>([]);
  const [hydrated, setHydrated] = useState(false);
  const [forms, setForms] = useState<Record<Form, LocalForm> | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const load = () => forms ? Promise.resolve(forms) : fetch(formsUrl).then((r) => (r.ok ? r.json() as Promise<Record<Form, LocalForm>> : Promise.reject()))
    .then((f) => { setForms(f); setLoadFailed(false); return f; }, () => { setLoadFailed(true); return null; });
  const focusRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => setHydrated(true), []);
  useEffect(() => { if (view.kind !== 'intro') focusRef.current?.focus(); }, [view.kind]);

  const form = next && forms ? forms[next.form] : null;
  const date = (ms: number) => new Date(ms).toLocaleDateString(lang, { year: 'numeric', month: 'long', day: 'numeric' });

  const submit = (e: Event) => {
    e.preventDefault();
    if (!next || !form) return;
    const unanswered = form.items.filter((i) => !replies[i.id]).map((i) => i.id);
    setMissing(unanswered);
    if (unanswered.length) {
      requestAnimationFrame(() => document.querySelector<HTMLInputElement>(`input[name="v-${unanswered[0]}"]`)?.focus());
      return;
    }
    const truths = Object.fromEntries(form.items.map((i) => [i.id, i.scam]));
    const final: Record<string, Reply> = {};
    for (const i of form.items) final[i.id] = replies[i.id]!;
    const attempt = makeAttempt(next.stage, next.form, final, truths, Date.now());
    recordCheck(attempt);
    setView({ kind: 'result', attempt });
  };

  const stageIntro = () => {
    if (!next) return <p>{t('check.allDone')}</p>;
    if (!next.due) return <p>{t('check.refresherLater', { date: date(next.dueAt!) })}</p>;
    return (
      <>
        <p>{t(`check.intro.${next.stage}`)}</p>
        <p>{t('check.howTo', { n: sizes[next.form] })}</p>
        <p><button type="button" class="btn" data-action="start" disabled={!hydrated} onClick={() => void load().then((f) => { if (f) { setReplies({}); setMissing([]); setView({ kind: 'taking' }); } })}>
          {t('check.start', { form: next.form.toUpperCase() })}
        </button></p>
        {loadFailed && <p class="notice" role="alert">{t('check.loadFailed')}</p>}
      </>
    );
  };

  if (view.kind === 'taking' && next && form) {
    return (
      <form class="ck" onSubmit={submit} noValidate>
        <h2 ref={focusRef} tabIndex={-1}>{form.title}</h2>
        <p>{t('check.howTo', { n: form.items.length })}</p>
        <ol class="ck-items plain">
          {form.items.map((item, n) => {
            const reply = replies[item.id];
            const verdict = reply?.startsWith('scam') ? 'scam' : reply?.startsWith('genuine') ? 'genuine' : '';
            const sure = reply?.endsWith('-sure') ? 'sure' : reply ? 'unsure' : '';
            const err = missing.includes(item.id);
            return (
              <li key={item.id} class={`ck-item card${err ? ' ck-missing' : ''}`} data-item={item.id}>
                <p class="ck-count">{t('check.itemOf', { n: n + 1, total: form.items.length })}</p>
                <p class="ck-setup">{item.setup}</p>
                <Screen screen={item.screen} t={t} lang={lang} />
                <fieldset class="ck-choice">
                  <legend>{t('check.verdict')}</legend>
                  {(['scam', 'genuine'] as const).map((v) => (
                    <label key={v}><input type="radio" name={`v-${item.id}`} value={v} checked={verdict === v}
                      onChange={() => setReplies((r) => ({ ...r, [item.id]: `${v}${sure === 'sure' ? '-sure' : ''}` as Reply }))} /> {t(`check.${v}`)}</label>
                  ))}
                </fieldset>
                <fieldset class="ck-choice">
                  <legend>{t('check.confidence')}</legend>
                  {(['sure', 'unsure'] as const).map((c) => (
                    <label key={c}><input type="radio" name={`c-${item.id}`} value={c} checked={sure === c} disabled={!verdict}
                      onChange={() => setReplies((r) => ({ ...r, [item.id]: `${verdict}${c === 'sure' ? '-sure' : ''}` as Reply }))} /> {t(`check.${c}`)}</label>
                  ))}
                </fieldset>
                {err && <p class="ck-error">{t('check.answerThis')}</p>}
              </li>
            );
          })}
        </ol>
        <div role="alert">{missing.length > 0 && <p class="notice">{t('check.missing', { n: missing.length })}</p>}</div>
        <p><button type="submit" class="btn">{t('check.submit')}</button></p>
      </form>
    );
  }

  if (view.kind === 'result' && forms) {
    const a = view.attempt;
    const items = forms[a.form].items;
    const s = scoreCounts(a);
    const answers = items.filter((i) => a.answers[i.id]).map((i) => ({ scam: i.scam, saidScam: a.answers[i.id]!.startsWith('scam'), sure: a.answers[i.id]!.endsWith('-sure') }));
    const before = attemptOf(record, 'before');
    const compared = a.stage !== 'before' && before ? change(before, a) : null;
    return (
      <div class="ck">
        <h2 ref={focusRef} tabIndex={-1}>{t('check.resultTitle')}</h2>
        <p class="ck-score">{t('check.resultHits', { hits: a.hits, scams: a.hits + a.misses })}</p>
        <p class="ck-score">{t('check.resultAlarms', { alarms: a.falseAlarms, genuine: a.falseAlarms + a.correctRejections })}</p>
        <p>{t('check.resultSure', { n: sureButWrong(answers) })}</p>
        <p class="muted">{t('check.dprime', { d: s.dPrime.toFixed(2), c: s.c.toFixed(2) })}</p>
        {compared && <p class="ck-reading" data-change={compared}><strong>{t(`check.change.${compared}`)}</strong></p>}
        <CheckChart rows={chartRows(record.attempts, t)} t={t} />
        {nextCheck(record, Date.now()) && <p>{nextAfter(record, t, date)}</p>}
        <p><a href={progressHref}>{t('check.toProgress')}</a></p>
        <h3>{t('check.review')}</h3>
        <ol class="ck-review">
          {items.map((item) => {
            const said = a.answers[item.id];
            const right = said ? said.startsWith('scam') === item.scam : false;
            return (
              <li key={item.id} class={right ? 'ck-right' : 'ck-wrong'}>
                <p><strong>{item.setup}</strong></p>
                <p>{t(item.scam ? 'check.wasScam' : 'check.wasGenuine')} · {t(right ? 'check.youRight' : 'check.youWrong')}</p>
                <p>{item.why}</p>
              </li>
            );
          })}
        </ol>
      </div>
    );
  }

  return (
    <div class="ck">
      {stageIntro()}
      {record.attempts.length > 0 && <CheckChart rows={chartRows(record.attempts, t)} t={t} />}
    </div>
  );
}

function nextAfter(record: ReturnType<typeof $check.get>, t: ReturnType<typeof translator>, date: (ms: number) => string): string {
  const n = nextCheck(record, Date.now());
  if (!n) return '';
  if (n.stage === 'after') return t('check.nextAfter');
  return n.dueAt ? t('check.refresherLater', { date: date(n.dueAt) }) : '';
}
