// Small text helpers for the chat island: resolved UI strings, placeholders, money, message excerpts.
import type { Locale } from '../../i18n/locales';
import type { Message } from '../../schemas/scenario';

/** The island's UI strings, resolved at build time: key "scenario.x" arrives as ui["x"] (plus ui.scoringText). */
export type Ui = Record<string, string>;

/** Base-aware URLs the island needs, resolved at build time. */
export interface Links {
  /** The scenario in this language, as JSON. */
  data: string;
  /** Folder of the avatar SVGs, ending in "/". */
  avatars: string;
  /** This page without "?present". */
  play: string;
  /** Ending id → its "read next" lesson URL. */
  endings: Record<string, string>;
}

/** Fill `{name}` placeholders. */
export function fmt(text: string | undefined, params: Record<string, string | number> = {}): string {
  return (text ?? '').replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

/** ¥ amounts in the page's number style. */
export function yuan(ui: Ui, locale: Locale, amount: number): string {
  const n = amount.toLocaleString(locale === 'en' ? 'en' : 'zh-CN', { maximumFractionDigits: 2 });
  return fmt(ui.yuan, { amount: n });
}

/** One line describing a message, for "where it appeared" in the debrief. */
export function excerpt(message: Message, locale: Locale, ui: Ui, max = 70): string {
  const l = (x: { en: string; 'zh-cn': string }) => x[locale];
  let text: string;
  switch (message.type) {
    case 'text': case 'system': text = l(message.text); break;
    case 'image': text = l(message.alt); break;
    case 'voice': text = l(message.transcript); break;
    case 'document': text = l(message.title); break;
    case 'payment-qr': text = l(message.payee); break;
    case 'transfer': case 'red-packet': text = message.note ? l(message.note) : `¥${message.amount}`; break;
    default: text = callText(ui, message);
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A DOM id for a message (reply ids contain ":"). */
export const messageDomId = (id: string) => `vf-msg-${id.replace(/[^a-zA-Z0-9-]/g, '_')}`;

/** "Video call: declined" and the like. */
export function callText(ui: Ui, message: Extract<Message, { type: 'call' }>): string {
  return fmt(ui[`call.${message.status}`], { mode: ui[`call.${message.mode}`] ?? '', seconds: message.seconds ?? 0 });
}
