// On a lesson, scenario or quiz opened from a workshop plan (?plan=…&step=n): a bar with the plan's progress,
// "back to the plan" and the next item. Loaded by site.ts only when the URL carries a plan.
import { fill } from '../i18n/format';
import { loadPlanSession } from '../stores/plan-session';
import { $progress } from '../stores/progress';

export function showPlanBar(): void {
  const params = new URLSearchParams(location.search);
  const session = loadPlanSession(params.get('plan') ?? '');
  const step = Number.parseInt(params.get('step') ?? '', 10);
  if (!session || !(step >= 1 && step <= session.items.length)) return;
  const { labels, items } = session;
  const nav = document.createElement('nav');
  nav.className = 'plan-bar no-print';
  nav.setAttribute('aria-label', labels.label);
  const status = document.createElement('p');
  const back = document.createElement('a');
  back.className = 'btn secondary small';
  back.href = `${session.workshop}${session.workshop.includes('?') ? '&' : '?'}step=${step}`;
  back.textContent = `← ${labels.back}`;
  nav.append(status, back);
  const next = items[step];
  if (next) {
    const link = document.createElement('a');
    link.className = 'btn small';
    link.href = next.href;
    link.textContent = `${fill(labels.next, { item: next.title })} →`;
    nav.append(link);
  }
  $progress.subscribe((progress) => {
    const done = items.filter((i) => {
      const table = i.kind === 'lesson' ? progress.lessons : i.kind === 'scenario' ? progress.scenarios : progress.quizzes;
      return Object.prototype.hasOwnProperty.call(table, i.id);
    }).length;
    status.textContent = fill(labels.step, { n: step, total: items.length, done });
  });
  const side = document.querySelector('.scenario-side');
  (side ?? document.querySelector('main'))?.prepend(nav);
}
