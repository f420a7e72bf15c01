// Page code that few visits need, built on its own after the site (scripts/postbuild/offline.mjs) into
// <base>offline.js and <base>plan-bar.js, and loaded by URL rather than bundled: pages that never need it (most,
// for most learners) then carry neither the code nor Vite's dynamic-import helper. Not there under `astro dev`.
type Offline = typeof import('./offline');
type PlanBar = typeof import('./plan-bar');

const loading = new Map<string, Promise<unknown>>();

/** `<base><name>.js`, loaded once per page. */
function load<T>(name: string): Promise<T> {
  const url = new URL(`${document.documentElement.dataset.base ?? '/'}${name}.js`, location.href).href;
  if (!loading.has(url)) loading.set(url, import(/* @vite-ignore */ url));
  return loading.get(url) as Promise<T>;
}

/** The offline copy's page side (register, keep, remove, watch for a new build). */
export const loadOffline = () => load<Offline>('offline');
/** The "back to the plan / next item" bar of an item opened from a workshop plan. */
export const loadPlanBar = () => load<PlanBar>('plan-bar');
