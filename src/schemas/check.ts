// One form of the discernment check (content/check/<form>.yaml): short scam and genuine items, each drawn like the messenger.
// Balance (scam/genuine, the two scams, every module) and "no item from a scenario" are tested in tests/content/check-forms.test.ts.
import { z } from 'astro/zod';
import { id, localized } from './common';

/** A line in a chat item: the other side, the learner, or a system notice (call screen, "joined the group"). */
const line = z.object({
  /** Who sends it: "them" (the contact, or `name` in a group), "me", or "system". */
  from: z.enum(['them', 'me', 'system']),
  /** Sender's name in a group chat (for "them"). */
  name: localized.optional(),
  /** The text. */
  text: localized,
}).strict();

const chat = z.object({
  kind: z.literal('chat'),
  /** The chat header: the contact's name (or remark), or the group's name. */
  title: localized,
  /** A group chat: show each sender's name. */
  group: z.boolean().optional(),
  /** The lines, in order (one to five keep an item short). */
  lines: z.array(line).min(1).max(5),
}).strict();

const profile = z.object({
  kind: z.literal('profile'),
  /** Nickname as the request shows it. */
  name: localized,
  /** The account id (微信号) on the card. */
  accountId: z.string().trim().min(1).max(40),
  /** Region on the card. */
  region: localized,
  /** The text the sender typed into the friend request (shown as typed, never as a system line). */
  request: localized,
  /** What their Moments show. */
  moments: localized,
}).strict();

const transfer = z.object({
  kind: z.literal('transfer'),
  /** The payee's nickname. */
  to: localized,
  /** The real name as the screen shows it: all but the last character hidden, e.g. "*芳" / "*Fang" (FACTS D). */
  realName: localized,
  /** Yuan. */
  amount: z.number().positive().max(1_000_000),
  /** The note with the transfer, if any. */
  note: localized.optional(),
  /** A notice the payment screen shows, if any (e.g. WeChat Pay's hold on a suspected payee, FACTS D). */
  notice: localized.optional(),
  /** Arrival time the learner set, if not instant (e.g. "In 24 hours"). */
  arrival: localized.optional(),
}).strict();

const pitch = z.object({
  kind: z.literal('pitch'),
  /** Who it is from (an invitation's sender, a contract's provider). */
  from: localized,
  /** Headline. */
  title: localized,
  /** Bullet lines (two to five). */
  lines: z.array(localized).min(2).max(5),
}).strict();

export const checkItemSchema = z.object({
  /** Unique across both forms; answers are saved by id. */
  id,
  /** The truth: a scam or a genuine message. */
  truth: z.enum(['scam', 'genuine']),
  /** Which of the course's two scams the item belongs to: impersonation (friends, relatives, bosses, teachers) or "training" (mini-program seminars and what follows). */
  scam: z.enum(['impersonation', 'training']),
  /** The module that teaches what the item tests (an id in content/modules/). */
  module: id,
  /** FACTS.md sections the item's facts come from, e.g. "A, L". */
  facts: z.string().regex(/^[0A-M](, [0A-M])*$/, 'FACTS.md section letters, e.g. "A, L"'),
  /** One line setting the scene, above the screen. */
  setup: localized,
  /** The screen. */
  screen: z.discriminatedUnion('kind', [chat, profile, transfer, pitch]),
  /** Why it is a scam or genuine: shown with the results. */
  why: localized,
}).strict();

export const checkFormSchema = z.object({
  /** Title shown above the items, e.g. "Check, form A". */
  title: localized,
  /** The items, in the order shown. */
  items: z.array(checkItemSchema).min(12),
}).strict();

export type CheckItem = z.infer<typeof checkItemSchema>;
export type CheckForm = z.infer<typeof checkFormSchema>;
export type CheckScreen = CheckItem['screen'];
