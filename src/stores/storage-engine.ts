// Where the persistent stores keep data: localStorage when this browser lets the page read it, else memory.
/*
 * Import this before creating any persistentAtom. @nanostores/persistent takes `localStorage` as its
 * engine whenever `typeof localStorage !== 'undefined'`, so `localStorage === null` (an Android WebView
 * with DOM storage off) or a getter that throws would break every store on the page. Then this page
 * works in memory (src/stores/progress.ts shows the "not saved" notice). A full or write-blocked
 * localStorage is still readable, so it stays the engine: saved progress shows, and saving says it failed.
 */
import { setPersistentEngine } from '@nanostores/persistent';

/** True when localStorage exists and can be read. */
export function storageReadable(): boolean {
  try {
    const storage = window.localStorage;
    if (!storage) return false;
    storage.getItem('vf:probe');
    return true;
  } catch {
    return false;
  }
}

const noEvents = { addEventListener() {}, removeEventListener() {} };
if (typeof window !== 'undefined' && !storageReadable()) setPersistentEngine({}, noEvents);
