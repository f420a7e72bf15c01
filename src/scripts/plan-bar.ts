// On a lesson, scenario or quiz opened from a workshop plan (?plan=…&step=n): a bar with where the learner is in
// the plan, "back to the plan" and the next item. Run by site.ts when the URL carries a plan; kept small (every
// page bundles it), so the plan page's done ticks stay on the plan page.
import { fill } from '../i18n/format';
import { loadPlanSession } from '../stores/plan-session';

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
  status.textContent = fill(labels.step, { n: step, total: items.length });
  const side = document.querySelector('.scenario-side');
  (side ?? document.querySelector('main'))?.prepend(nav);
}
