// Small text helpers for the chat island: resolved UI strings, placeholders, money, message excerpts.
import type { Locale } from '../../i18n/locales';
import type { Message } from '../../schemas/scenario';
import { fill as fmt, formatAmount, pick } from '../../i18n/format';

/** The island's UI strings, resolved at build time: key "scenario.x" arrives as ui["x"] (the ending screen's with DebriefTexts). */
export type Ui = Record<string, string>;

/** Base-aware URLs the island needs, resolved at build time. */
export interface Links {
  /** The scenario in this language, as JSON, debrief texts left out. */
  data: string;
  /** The panels' texts in this language, as JSON (PanelTexts), fetched when a panel first opens. */
  panel: string;
  /** The debrief texts in this language, as JSON (DebriefTexts), fetched when a run ends. */
  debrief: string;
  /** Folder of the avatar SVGs, ending in "/". */
  avatars: string;
  /** This page without "?present". */
  play: string;
  /** Ending id → its "read next" lesson URL. */
  endings: Record<string, string>;
}

/** What the panels show (one language): the panels' UI strings, tool results by "node:tool", profile cards by participant. */
export interface PanelTexts {
  ui: Ui;
  results: Record<string, string>;
  profiles: Record<string, { accountId: string; region: string; addedVia: string; accountAge: string; moments: string; sharedGroups: string[] }>;
}

/** What the ending screen says about each ending, red flag and protective act (one language, by id). */
export interface DebriefTexts {
  /** The ending screen's UI strings (merged over the chat's). */
  ui: Ui;
  endings: Record<string, string>;
  redFlags: Record<string, { label: string; explanation: string }>;
  protectiveActs: Record<string, { label: string; explanation: string }>;
  /** "What to do now" after a loss: numbers to call (tel: links) and what each is for. */
  help: { tel: string; label: string }[];
}

/** A static JSON file of ours, or null if it cannot be fetched. */
export const getJson = <T>(url: string): Promise<T | null> =>
  fetch(url).then((r) => (r.ok ? (r.json() as Promise<T>) : null)).catch(() => null);

/** Fill `{name}` placeholders (the one filler, src/i18n/format.ts). */
export { fill as fmt } from '../../i18n/format';

/** ¥ amounts in the page's number style. */
export function yuan(ui: Ui, locale: Locale, amount: number): string {
  return fmt(ui.yuan, { amount: formatAmount(locale, amount) });
}

/** A DOM id for a message (reply ids contain ":"). */
export const messageDomId = (id: string) => `vf-msg-${id.replace(/[^a-zA-Z0-9-]/g, '_')}`;

/** "Video call: declined" and the like. */
export function callText(ui: Ui, message: Extract<Message, { type: 'call' }>): string {
  return fmt(ui[`call.${message.status}`], { mode: ui[`call.${message.mode}`] ?? '', seconds: message.seconds ?? 0 });
}

/** A message as plain words, for the live region and the debrief's "where" links. */
export function spoken(message: Message, locale: Locale, ui: Ui): string {
  const l = (x: { en: string; 'zh-cn': string }) => pick(locale, x);
  switch (message.type) {
    case 'text': case 'system': return l(message.text);
    case 'image': return `${ui.image}: ${l(message.alt)}`;
    case 'voice': return fmt(ui.voice, { n: message.seconds });
    case 'document': return `${ui.document}: ${l(message.title)}`;
    case 'payment-qr': return ui.paymentQr ?? '';
    case 'transfer': case 'red-packet': return `${message.type === 'transfer' ? ui.transferCard : ui.redPacket} ${yuan(ui, locale, message.amount)}${message.note ? ` · ${l(message.note)}` : ''}`;
    default: return callText(ui, message);
  }
}
