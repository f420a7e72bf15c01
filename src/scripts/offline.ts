// The offline copy: register the worker (only when the learner asks), say when it is ready and how much it
// stored, remove it, and tell the learner when a new build is ready. Loaded on demand (see OfflineControl.astro
// and site.ts); never touches localStorage, so progress is unaffected by install, update and removal.

import { fill } from '../i18n/format';

interface Info { version: string; files: number; bytes: number }
type Strings = Record<string, string>;

const base = new URL(document.documentElement.dataset.base ?? '/', location.href).pathname; // as pageBase(), without a chunk
// eslint-disable-next-line compat/compat -- loaded only where 'serviceWorker' in navigator (OfflineControl.astro, site.ts)
const sw = navigator.serviceWorker;
/** Matches the worker's cache names (src/offline/sw.js). */
const cachePrefix = `vf-offline:${base}:`;
const UPDATED_FLAG = 'vf:offline-updated';

let strings: Promise<Strings> | null = null;
function text(key: string, params: Record<string, string | number> = {}): Promise<string> {
  strings ??= fetch(`${base}${document.documentElement.dataset.locale ?? 'en'}/offline.json`)
    .then((r) => (r.ok ? (r.json() as Promise<Strings>) : {}))
    .catch(() => ({}));
  return strings.then((s) => fill(s[key] ?? key, params));
}

const parts = (box: HTMLElement) => ({
  keep: box.querySelector<HTMLButtonElement>('[data-vf-offline-keep]')!,
  remove: box.querySelector<HTMLButtonElement>('[data-vf-offline-remove]')!,
  status: box.querySelector<HTMLElement>('[data-vf-offline-status]')!,
});

/** Ask the active worker what it stored. */
function info(worker: ServiceWorker): Promise<Info> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<Info>) => resolve(event.data);
    worker.postMessage({ type: 'info' }, [channel.port2]);
  });
}

/** Resolves when the worker is activated, rejects if it fails to install. */
function activated(worker: ServiceWorker): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (worker.state === 'activated') resolve();
      else if (worker.state === 'redundant') reject(new Error('install failed'));
    };
    worker.addEventListener('statechange', check);
    check();
  });
}

async function readyText(worker: ServiceWorker): Promise<string> {
  const { files, bytes } = await info(worker);
  const size = await text('offline.size', { n: (bytes / 1024 / 1024).toFixed(1) });
  return text('offline.ready', { files, size });
}

async function showReady(box: HTMLElement, worker: ServiceWorker) {
  const { keep, remove, status } = parts(box);
  status.textContent = await readyText(worker);
  box.dataset.vfOfflineState = 'ready';
  keep.hidden = true;
  remove.hidden = false;
}

/** A copy already on this device: say so, and offer removal. */
export async function show(box: HTMLElement): Promise<void> {
  watch();
  const registration = await sw.getRegistration(base);
  if (registration?.active) await showReady(box, registration.active);
}

/** Register the worker, wait until the whole course is stored, then say how much. */
export async function keep(box: HTMLElement): Promise<void> {
  const { keep: button, status } = parts(box);
  button.disabled = true;
  box.dataset.vfOfflineState = 'saving';
  status.textContent = await text('offline.saving');
  try {
    const registration = await sw.register(`${base}sw.js`, { scope: base });
    const worker = registration.installing ?? registration.waiting ?? registration.active;
    if (!worker) throw new Error('no worker');
    await activated(worker);
    // eslint-disable-next-line compat/compat -- optional: ask the browser not to evict the copy where it can
    void navigator.storage?.persist?.().catch(() => false);
    await showReady(box, worker);
    watch();
  } catch {
    box.dataset.vfOfflineState = 'failed';
    status.textContent = await text('offline.failed');
    await (await sw.getRegistration(base))?.unregister().catch(() => false);
  } finally {
    button.disabled = false;
  }
}

/** Unregister and delete this course's caches; progress stays. */
export async function remove(box: HTMLElement): Promise<void> {
  const { keep: button, remove: removeButton, status } = parts(box);
  await (await sw.getRegistration(base))?.unregister();
  for (const key of await caches.keys()) if (key.startsWith(cachePrefix)) await caches.delete(key);
  box.dataset.vfOfflineState = 'removed';
  status.textContent = await text('offline.removed');
  removeButton.hidden = true;
  button.hidden = false;
  button.focus();
}

// ---- updates -----------------------------------------------------------------------------------

let notice: HTMLElement | null = null;
async function tell(message: string, action?: { label: string; run: () => void }) {
  notice ??= document.createElement('div');
  notice.className = 'notice';
  notice.setAttribute('role', 'status');
  notice.dataset.vfOfflineNotice = '';
  const text = document.createElement('span');
  text.textContent = message;
  notice.textContent = ''; // as setChildren() in src/lib/compat.ts, without sharing a chunk with every page
  notice.append(text);
  if (action) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn';
    button.textContent = action.label;
    button.addEventListener('click', action.run);
    notice.append(' ', button);
  }
  if (!notice.isConnected) (document.querySelector('main') ?? document.body).prepend(notice);
}

let switching = false;
async function offerUpdate(waiting: ServiceWorker) {
  await tell(await text('offline.update'), {
    label: await text('offline.updateNow'),
    run: () => {
      switching = true;
      try { sessionStorage.setItem(UPDATED_FLAG, '1'); } catch { /* the reload still happens */ }
      waiting.postMessage({ type: 'skip-waiting' });
    },
  });
}

let watching = false;
/** On a page served by the offline copy: offer a new build when one has been stored; reload into it when asked. */
export function watch(): void {
  if (watching) return;
  watching = true;
  try {
    if (sessionStorage.getItem(UPDATED_FLAG)) {
      sessionStorage.removeItem(UPDATED_FLAG);
      void text('offline.updated').then((message) => tell(message));
    }
  } catch { /* no session storage: no confirmation */ }

  let controlled = Boolean(sw.controller);
  sw.addEventListener('controllerchange', () => {
    if (!controlled) { controlled = true; return; } // the first install claiming this page
    if (switching) location.reload();
    else void (async () => tell(await text('offline.reload'), { label: await text('offline.reloadNow'), run: () => location.reload() }))();
  });

  void sw.getRegistration(base).then((registration) => {
    if (!registration) return;
    const track = (worker: ServiceWorker | null) => {
      if (!worker) return;
      const check = () => { if (worker.state === 'installed' && sw.controller) void offerUpdate(worker); };
      worker.addEventListener('statechange', check);
      check();
    };
    if (registration.waiting && sw.controller) void offerUpdate(registration.waiting);
    track(registration.installing);
    registration.addEventListener('updatefound', () => track(registration.installing));
    void registration.update().catch(() => undefined); // offline: nothing new to find
  });
}
