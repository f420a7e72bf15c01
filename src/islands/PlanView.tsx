// The learner's view of a workshop plan (?plan=…): agenda with progress ticks, one item at a time with previous/next,
// what could not be loaded, and sharing results for the plan's items at the end.
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { decodePlan, itemKey, knownIds, resolvePlan, type Plan, type PlanProblem } from '../engine/plan';
import { decodePlanCode, isPlanCode } from '../engine/plan-code';
import { isItemDone } from '../engine/progress/status';
import { $progress } from '../stores/progress';
import { savePlanSession } from '../stores/plan-session';
import ShareResults from './ShareResults';
import { translator } from '../i18n/format';
import type { CatalogueItem, WorkshopProps } from '../lib/workshop-types';

type T = ReturnType<typeof translator>;

function problemText(t: T, p: PlanProblem): string {
  switch (p.code) {
    case 'empty': return t('plan.problem.empty');
    case 'too-long': return t('plan.problem.tooLong', { length: p.length });
    case 'version': return t('plan.problem.version', { version: p.version });
    case 'malformed': return t('plan.problem.malformed');
    case 'truncated': return t('plan.problem.truncated');
    case 'bad-item': return t('plan.problem.badItem', { detail: p.detail });
    case 'too-many-items': return t('plan.problem.tooMany', { dropped: p.dropped });
    case 'unknown-item': return t('plan.problem.unknown', { kind: t(`workshop.kind.${p.item.kind}`), id: p.item.id });
  }
}

function readPlan(catalogue: WorkshopProps['catalogue']): { plan: Plan | null; problems: PlanProblem[] } {
  const params = new URLSearchParams(window.location.search);
  const known = knownIds(catalogue.flatMap((m) => m.items));
  // A short code (v2) names items by code, title and note beside it; an older link (v1) carries them all.
  const param = params.get('plan');
  const decoded = isPlanCode(param)
    ? decodePlanCode(param!, known, { title: params.get('title') ?? '', note: params.get('note') ?? '' })
    : decodePlan(param);
  if (!decoded.plan) return decoded;
  const resolved = resolvePlan(decoded.plan, known);
  return { plan: resolved.plan, problems: [...decoded.problems, ...resolved.problems] };
}

/** The current step from ?step= (1-based in the URL), kept within the plan. */
function readStep(count: number): number {
  const n = Number.parseInt(new URLSearchParams(window.location.search).get('step') ?? '1', 10);
  return Number.isFinite(n) ? Math.min(Math.max(n, 1), Math.max(count, 1)) - 1 : 0;
}

function writeStep(index: number): void {
  const url = new URL(window.location.href);
  url.searchParams.set('step', String(index + 1));
  window.history.replaceState(null, '', url);
}

export default function PlanView({ catalogue, strings, workshopPath, homePath }: WorkshopProps) {
  const t = translator(strings);
  const { plan, problems } = useMemo(() => readPlan(catalogue), [catalogue]);
  const byKey = useMemo(() => new Map(catalogue.flatMap((m) => m.items.map((item) => [itemKey(item), item] as const))), [catalogue]);
  const items = (plan?.items ?? []).map((item) => byKey.get(itemKey(item))).filter((x): x is CatalogueItem => Boolean(x));
  const [step, setStep] = useState(() => readStep(items.length));
  const progress = useStore($progress);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    // The page title names the plan, so a learner's open tabs and history say what it is.
    if (plan?.title) document.title = `${plan.title} · ${document.title.split(' · ').pop()}`;
  }, [plan]);

  useEffect(() => {
    // Remember the plan for this tab, so each item opened from here shows "back to the plan / next item".
    if (!plan || items.length === 0) return;
    const here = new URL(window.location.href);
    here.searchParams.delete('step');
    savePlanSession(planParam, {
      workshop: here.pathname + here.search,
      items: items.map((item) => ({ kind: item.kind, id: item.id, title: item.title, href: hrefOf(item) })),
      labels: { label: t('plan.bar.label'), step: strings['plan.bar.step'] ?? '', back: t('plan.bar.back'), next: strings['plan.bar.next'] ?? '' },
    });
  }, [plan]);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    writeStep(step);
  }, [step]);

  const go = (index: number, focusHeading: boolean) => {
    moved.current = true;
    setStep(index);
    if (focusHeading) stepHeading.current?.focus();
  };
  // Items opened from the plan carry it (and their step), so their page shows the plan bar (scripts/plan-bar.ts).
  const planParam = new URLSearchParams(window.location.search).get('plan') ?? '';
  const hrefOf = (item: CatalogueItem) => {
    const query = new URLSearchParams(item.kind === 'quiz' && plan?.exam ? { mode: 'exam' } : {});
    query.set('plan', planParam);
    query.set('step', String(items.indexOf(item) + 1));
    return `${item.href}?${query}`;
  };
  const kindLabel = (item: CatalogueItem) => t(`workshop.kind.${item.kind}`);

  const problemList = problems.length > 0 && (
    <div class="notice" role="alert">
      <p>{t('plan.problems')}</p>
      <ul>{problems.map((p, i) => <li key={i}>{problemText(t, p)}</li>)}</ul>
    </div>
  );

  if (!plan || items.length === 0) {
    return (
      <div class="plan-view">
        <h1>{plan?.title || t('plan.failed')}</h1>
        {problemList}
        <p>{t('plan.failedHelp')}</p>
        <p class="ws-actions"><a class="btn" href={homePath}>{t('plan.goHome')}</a> <a class="btn secondary" href={workshopPath}>{t('plan.goBuilder')}</a></p>
      </div>
    );
  }

  const current = items[step] ?? items[0]!;
  const doneCount = items.filter((item) => isItemDone(progress, item)).length;
  const currentDone = isItemDone(progress, current);
  const scope = {
    lessons: items.filter((i) => i.kind === 'lesson').map((i) => i.id),
    scenarios: items.filter((i) => i.kind === 'scenario').map((i) => i.id),
    quizzes: items.filter((i) => i.kind === 'quiz').map((i) => i.id),
  };

  return (
    <div class="plan-view">
      <h1>{plan.title || t('plan.defaultTitle')}</h1>
      {plan.note && <p class="ws-note">{plan.note}</p>}
      {plan.exam && <p class="notice">{t('plan.examNotice')}</p>}
      {problemList}

      <section class="card plan-step" aria-labelledby="plan-step-heading">
        <h2 id="plan-step-heading" ref={stepHeading} tabIndex={-1}>{t('plan.step', { n: step + 1, total: items.length })}</h2>
        <p class="plan-step-title">
          <span class="ws-kind">{kindLabel(current)}</span> {current.title}
          <span class={currentDone ? 'plan-tick done' : 'plan-tick'}> {currentDone ? `✓ ${t('plan.done')}` : ''}</span>
        </p>
        <p><a class="btn" href={hrefOf(current)}>{t('plan.open', { item: current.title })}</a></p>
        <div class="ws-actions">
          <button type="button" class="btn secondary" disabled={step === 0} onClick={() => go(step - 1, step - 1 === 0)}>← {t('plan.previous')}</button>
          <button type="button" class="btn secondary" disabled={step === items.length - 1} onClick={() => go(step + 1, step + 1 === items.length - 1)}>{t('plan.next')} →</button>
        </div>
        {step === items.length - 1 && <p>{t('plan.end')}</p>}
      </section>

      <p class="plan-check">{t('plan.checkBefore')} <a href={`${homePath}check/`}>{t('plan.checkLink')}</a></p>
      <h2>{t('plan.agenda')}</h2>
      <p class="muted">{t('plan.doneCount', { done: doneCount, total: items.length })}</p>
      <ol class="plan-agenda">
        {items.map((item, i) => {
          const done = isItemDone(progress, item);
          return (
            <li key={itemKey(item)} aria-current={i === step ? 'step' : undefined} class={done ? 'done' : undefined}>
              <span class="plan-tick" aria-hidden="true">{done ? '✓' : '○'}</span>{' '}
              <a href={hrefOf(item)} onClick={() => writeStep(i)}>{item.title}</a>{' '}
              <span class="muted">{kindLabel(item)}{item.minutes ? ` · ${t('workshop.minutes', { n: item.minutes })}` : ''}</span>
              <span class="visually-hidden"> ({done ? t('plan.done') : t('plan.notDone')})</span>
            </li>
          );
        })}
      </ol>

      <p class="plan-check">{t('plan.checkAfter')} <a href={`${homePath}check/`}>{t('plan.checkLink')}</a></p>
      <ShareResults strings={strings} scope={scope} />
    </div>
  );
}
