// The UI string keys as a type (a type-only JSON import: nothing of the table reaches a bundle through this file).
import type en from './en.json';

/** Every UI string key ("nav.home", "scenario.flag", …); en.json is the reference table. */
export type UiKey = keyof typeof en;

/** The keys under `prefix`, with the prefix removed: KeysUnder<'share.'> is "title" | "save" | … */
export type KeysUnder<P extends string> = UiKey extends infer K ? (K extends `${P}${infer Rest}` ? Rest : never) : never;
