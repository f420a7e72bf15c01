// Where the offline copy's page code lives: <base>offline.js, built from ./offline.ts after the site
// (scripts/postbuild/offline.mjs). Loaded by URL, not bundled, so the pages that never need it (most of them,
// for most learners) carry no dynamic-import helper. Not there under `astro dev`: the copy needs a build.
type Offline = typeof import('./offline');

let loading: Promise<Offline> | null = null;

/** The offline module, loaded once per page. */
export function loadOffline(): Promise<Offline> {
  const url = new URL(`${document.documentElement.dataset.base ?? '/'}offline.js`, location.href).href;
  loading ??= import(/* @vite-ignore */ url) as Promise<Offline>;
  return loading;
}
