// The SCORM 1.2 side of an LMS package (lms/launch.html; bundled by scripts/postbuild/lms.mjs). It finds the
// LMS's `API`, brings back progress kept in cmi.suspend_data, shows the course in a frame, and reports status,
// score, suspend data and session time whenever progress changes. Without an LMS it only shows the course.
import { decodeSuspend, encodeSuspend, lmsReport, withSuspended } from '../engine/lms';
import { parseProgress } from '../engine/progress/read';
import { emptyProgress, type Progress } from '../engine/progress/shape';
import type { ModuleStructure } from '../engine/progress/status';
import { choosePickerLocale } from '../lib/choose-locale';

interface ScormApi {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(key: string): string;
  LMSSetValue(key: string, value: string): string;
  LMSCommit(arg: ''): string;
}
interface Config {
  /** The package's modules (one, or the whole course). */
  course: ModuleStructure[];
  /** First page per locale, relative to this page; a one-language package has one. */
  start: Record<string, string>;
}

const KEY = 'vf:progress';
const config = JSON.parse(document.getElementById('vf-lms')!.textContent!) as Config;
const frame = document.querySelector<HTMLIFrameElement>('iframe[data-vf-lms-frame]')!;

/** SCORM 1.2 API discovery: the parent chain, then the opener's. */
function findApi(): ScormApi | null {
  const search = (start: Window | null): ScormApi | null => {
    let win = start;
    for (let hops = 0; win && hops < 12; hops++) {
      try {
        const api = (win as unknown as { API?: ScormApi }).API;
        if (api && typeof api.LMSInitialize === 'function') return api;
      } catch { /* another origin: keep looking */ }
      if (win.parent === win) break;
      win = win.parent;
    }
    return null;
  };
  return search(window) ?? search(window.top?.opener as Window | null ?? null);
}

function readLocal(): { progress: Progress; writable: boolean } {
  try {
    const raw = localStorage.getItem(KEY);
    if (raw === null) return { progress: emptyProgress(), writable: true };
    const { progress, problems } = parseProgress(raw, Date.now());
    return { progress: progress ?? emptyProgress(), writable: !problems.some((p) => p.code === 'future-version') };
  } catch {
    return { progress: emptyProgress(), writable: false };
  }
}

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS */
export function timespan(ms: number): string {
  const total = Math.max(0, ms) / 1000;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${String(Math.min(h, 9999)).padStart(4, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(2).padStart(5, '0')}`;
}

const locales = Object.keys(config.start);
const remembered = (() => { try { return localStorage.getItem('vf:locale'); } catch { return null; } })();
const locale = locales.length === 1 ? locales[0]! : choosePickerLocale(remembered, navigator.languages ?? [navigator.language]);
const startPage = config.start[locale] ?? Object.values(config.start)[0]!;

const api = findApi();
if (!api || api.LMSInitialize('') !== 'true') {
  frame.src = startPage;
} else {
  const started = Date.now();
  const { progress: local, writable } = readLocal();
  const restored = decodeSuspend(api.LMSGetValue('cmi.suspend_data'), config.course, Date.now());
  if (restored && writable) {
    try { localStorage.setItem(KEY, JSON.stringify(withSuspended(local, restored))); } catch { /* storage blocked: the LMS still has it */ }
  }
  let sent = '';
  const report = () => {
    const progress = withSuspended(readLocal().progress, restored);
    const { status, score } = lmsReport(progress, config.course);
    const suspend = encodeSuspend(progress, config.course);
    const key = `${status}|${score}|${suspend}`;
    if (key === sent) return status;
    sent = key;
    api.LMSSetValue('cmi.core.lesson_status', status);
    if (score !== undefined) {
      api.LMSSetValue('cmi.core.score.min', '0');
      api.LMSSetValue('cmi.core.score.max', '100');
      api.LMSSetValue('cmi.core.score.raw', String(score));
    }
    api.LMSSetValue('cmi.suspend_data', suspend);
    api.LMSCommit('');
    return status;
  };
  report();
  // The course pages write progress to localStorage; this page hears it as a storage event.
  window.addEventListener('storage', (event) => { if (event.key === KEY || event.key === null) report(); });
  frame.addEventListener('load', () => report());
  frame.src = startPage;

  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    const status = report();
    api.LMSSetValue('cmi.core.session_time', timespan(Date.now() - started));
    api.LMSSetValue('cmi.core.exit', status === 'incomplete' || status === 'failed' ? 'suspend' : '');
    api.LMSCommit('');
    api.LMSFinish('');
  };
  window.addEventListener('pagehide', finish);
  window.addEventListener('beforeunload', finish);
  document.documentElement.dataset.vfLms = 'connected';
}
