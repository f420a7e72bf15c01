// A simulated chat (content/scenarios/<scenario>.yaml): people, conversations, a graph of nodes, red flags, acts, endings.
// Graph rules zod cannot see (targets exist, reachability, unique ids) live in src/content-check/scenarios.ts.
// No defaults or transforms: parsed data equals the YAML, so the engine and the island can take either.
import { z } from 'astro/zod';
import { id, localized } from './common';
import { ME, outcomes, TACTICS, toolTypes, type MessageType } from './scenario-vocab';

export type { MessageType, Outcome, ToolType } from './scenario-vocab';

/** A lesson link: "module/lesson" or "module/lesson#section" (resolved by the content check). */
const lessonRef = z
  .string()
  .regex(/^[a-z0-9-]+\/[a-z0-9-]+(#[a-z0-9-]+)?$/, 'use a lesson reference "module/lesson#section"');

/** Yuan, whole or with fen; positive. */
const yuan = z.number().positive('amounts are positive yuan').max(10_000_000);

/** Flag names set by choices/tools and tested by branches. */
const flagList = z.array(id).min(1);

export const participantSchema = z.object({
  /** Id used by messages (`from`), conversations and tools. */
  id: id.refine((v) => v !== ME, '"me" is the learner and cannot be declared as a participant'),
  /** Display name (nickname) as the chat shows it. */
  name: localized,
  /** File name of an SVG in public/avatars/, e.g. "li-wei.svg". */
  avatar: z.string().regex(/^[a-z0-9-]+\.svg$/, 'avatar is a file name in public/avatars, e.g. "li-wei.svg"'),
  /** Account id shown on the profile card (not translated), e.g. "liwei_0612". */
  accountId: z.string().trim().min(1).max(40),
  /** Region on the profile card. */
  region: localized,
  /** How the contact was added, e.g. "Added by searching phone number" / "通过搜索手机号添加". */
  addedVia: localized,
  /**
   * Not in your contacts when the story starts (a group member, a stranger, a new account): a private chat
   * with them must open with a friend-request step (a system message with `event`), as the real app requires.
   */
  notFriend: z.literal(true).optional(),
  /** The participant whose name and avatar this account copies (an impersonation): the avatar must be the same file. */
  copies: id.optional(),
  /** Names of groups you share with this person (empty: none). */
  sharedGroups: z.array(localized).optional(),
  /** How long the account has existed, as the card or chat history suggests. */
  accountAge: localized,
  /** What their Moments show (e.g. "No posts" / "朋友圈仅三天可见，空白"). */
  moments: localized,
  /** The remark name you gave this contact, if any (备注). */
  remark: localized.optional(),
}).strict();

const directConversation = z.object({
  /** Id used by nodes. */
  id,
  /** One-to-one chat. */
  kind: z.literal('direct'),
  /** The participant on the other side. */
  with: id,
}).strict();

const groupConversation = z.object({
  /** Id used by nodes. */
  id,
  /** Group chat. */
  kind: z.literal('group'),
  /** Group name shown in the header. */
  title: localized,
  /** Participant ids in the group besides "me" (at least two). */
  members: z.array(id).min(2, 'a group needs at least two members besides "me"'),
}).strict();

export const conversationSchema = z.discriminatedUnion('kind', [directConversation, groupConversation]);

/** Fields every message has. */
const messageBase = {
  /** Unique in the scenario; used for flagging and in results. */
  id,
  /** Sender: a participant id or "me". */
  from: id,
  /** The red flag this message shows (an id from `redFlags`), if it is one to spot. */
  redFlag: id.optional(),
  /** Clock time shown above this message, "HH:MM" (e.g. "23:40": urgency late at night is itself a signal). */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time is a clock time "HH:MM", e.g. "23:40"').optional(),
};

export const messageSchema = z.discriminatedUnion('type', [
  z.object({
    ...messageBase,
    /** Plain text message. */
    type: z.literal('text'),
    /** The text. */
    text: localized,
  }).strict(),
  z.object({
    ...messageBase,
    /** A picture, described only by its alt text (no image files). */
    type: z.literal('image'),
    /** What the picture shows, for everyone (it is the picture). */
    alt: localized,
    /** Optional caption under the picture. */
    caption: localized.optional(),
  }).strict(),
  z.object({
    ...messageBase,
    /** Voice message; its transcript appears when the learner plays it. */
    type: z.literal('voice'),
    /** Length in seconds. */
    seconds: z.number().int().min(1).max(60),
    /** What is said. */
    transcript: localized,
  }).strict(),
  z.object({
    ...messageBase,
    /** A transfer card (money sent by `from`, or a request to be paid). */
    type: z.literal('transfer'),
    /** Amount in yuan. */
    amount: yuan,
    /** Note on the transfer. */
    note: localized.optional(),
  }).strict(),
  z.object({
    ...messageBase,
    /** A red packet. */
    type: z.literal('red-packet'),
    /** Amount in yuan. */
    amount: yuan,
    /** Greeting written on the packet. */
    note: localized.optional(),
  }).strict(),
  z.object({
    ...messageBase,
    /** A payment QR code picture (the bubble shows no name: a real code shows it only once scanned). */
    type: z.literal('payment-qr'),
    /** Who the code really pays, for the debrief and the guide; never shown in the bubble. */
    payee: localized,
    /** Fixed amount in yuan, if the code has one. */
    amount: yuan.optional(),
  }).strict(),
  z.object({
    ...messageBase,
    /** A document or contract card. */
    type: z.literal('document'),
    /** Document title. */
    title: localized,
    /** Lines shown on the card (terms, prices). */
    lines: z.array(localized).min(1),
  }).strict(),
  z.object({
    ...messageBase,
    /** A notice from the app itself (centre of the chat, no bubble); `from` is the conversation partner it concerns. */
    type: z.literal('system'),
    /** The notice, e.g. "Message sent but rejected by the recipient." */
    text: localized,
    /** The notice is the friend-request step: a request sent or received, or "You added … You can start chatting now." */
    event: z.enum(['friend-request', 'friend-added']).optional(),
  }).strict(),
  z.object({
    ...messageBase,
    /** A call event line, e.g. "Video call declined". */
    type: z.literal('call'),
    /** Voice or video. */
    mode: z.enum(['voice', 'video']),
    /** What happened: declined, missed, cancelled (by the caller) or ended after `seconds`. */
    status: z.enum(['declined', 'missed', 'cancelled', 'ended']),
    /** Call length in seconds, for status "ended". */
    seconds: z.number().int().min(1).optional(),
  }).strict(),
]);

/** What happens when a choice, tool or transfer outcome is taken. */
const effect = {
  /** Node to go to; absent: stay on this node. */
  next: id.optional(),
  /** Flags to set (for branches later). */
  sets: flagList.optional(),
  /** Protective act credited (an id from `protectiveActs`). */
  act: id.optional(),
};

export const choiceSchema = z.object({
  /** Unique in the scenario. */
  id,
  /** Button text. */
  text: localized,
  /** What "me" sends in the chat when choosing this (absent: nothing is sent). */
  say: localized.optional(),
  ...effect,
  /** Node to go to (required for choices). */
  next: id,
  /** Marks a risky choice (e.g. paying without checking), listed in the debrief. */
  unsafe: z.literal(true).optional(),
  /** Marks refusing or blocking a genuine friend without checking, listed in the debrief. */
  falseAlarm: z.literal(true).optional(),
}).strict();

const transferOutcome = z.object(effect).strict();

export const transferConfigSchema = z.object({
  /**
   * Which screen (FACTS D, M): absent, a transfer in the chat (masked real name, no name check);
   * "phone-number", a transfer to a phone number (masked real name and 验证姓名, the surname check);
   * "red-packet", a red packet (amount and greeting only: no real name, no name check).
   */
  kind: z.enum(['phone-number', 'red-packet']).optional(),
  /** Amount in yuan. */
  amount: yuan,
  /** The transfer note (转账说明) or the red packet's greeting the learner would send. */
  note: localized.optional(),
  /** The payee's real (verified) name; the screen shows only its last character, e.g. "*伟". Never on a red packet. */
  payee: localized.optional(),
  /** The name the learner expects (the friend's real name), for the debrief. */
  expected: localized.optional(),
  /** Whether delayed arrival can be set in the simulated payment settings (转账到账时间) before paying. */
  delayed: z.boolean(),
  /** Protective act credited when the learner uses 验证姓名 (phone-number transfers only). */
  verifyAct: id.optional(),
  /** Confirming an instant transfer (`next` required). */
  confirm: transferOutcome.extend({ next: id }),
  /** Confirming with delayed arrival (required when `delayed` is true; `next` required). */
  confirmDelayed: transferOutcome.extend({ next: id }).optional(),
  /** Cancelling (absent `next`: back to the chat at this node). */
  cancel: transferOutcome.optional(),
}).strict().superRefine((t, ctx) => {
  if (t.kind === 'red-packet') {
    if (t.payee) ctx.addIssue({ code: 'custom', path: ['payee'], message: 'a red packet shows no real name (FACTS M): remove payee' });
    if (t.verifyAct) ctx.addIssue({ code: 'custom', path: ['verifyAct'], message: 'a red packet has no name check (FACTS M): remove verifyAct' });
    if (t.delayed) ctx.addIssue({ code: 'custom', path: ['delayed'], message: 'delayed arrival is for transfers, not red packets' });
  } else if (!t.payee) {
    ctx.addIssue({ code: 'custom', path: ['payee'], message: 'a transfer screen shows the payee\'s masked real name: give payee' });
  }
  if (t.verifyAct && t.kind !== 'phone-number') {
    ctx.addIssue({ code: 'custom', path: ['verifyAct'], message: '验证姓名 is only described for transfers to a phone number (FACTS D): set kind: phone-number or remove verifyAct' });
  }
  if (t.delayed && !t.confirmDelayed) {
    ctx.addIssue({ code: 'custom', path: ['confirmDelayed'], message: 'delayed arrival is allowed, so say where confirmDelayed leads' });
  }
  if (!t.delayed && t.confirmDelayed) {
    ctx.addIssue({ code: 'custom', path: ['confirmDelayed'], message: 'confirmDelayed is set but delayed is false' });
  }
});

export const toolSchema = z.object({
  /** Which tool. */
  type: z.enum(toolTypes),
  /** Button label overriding the UI default (e.g. "Ask about our school trip"). */
  label: localized.optional(),
  /** Text shown in the tool's panel (call outcome, answer, lookup result). */
  result: localized.optional(),
  /** Whose profile card or whom the call is to; defaults to the other side of a direct chat. */
  participant: id.optional(),
  ...effect,
  /** Transfer screen settings (required for, and only for, type "transfer"). */
  transfer: transferConfigSchema.optional(),
}).strict().superRefine((tool, ctx) => {
  if (tool.type === 'transfer' && !tool.transfer) ctx.addIssue({ code: 'custom', path: ['transfer'], message: 'a transfer tool needs its transfer settings' });
  if (tool.type !== 'transfer' && tool.transfer) ctx.addIssue({ code: 'custom', path: ['transfer'], message: `only a transfer tool has transfer settings (this is "${tool.type}")` });
  if (tool.type === 'transfer' && (tool.next || tool.sets || tool.act)) {
    ctx.addIssue({ code: 'custom', path: ['next'], message: 'a transfer tool leads on through transfer.confirm / confirmDelayed / cancel, not next/sets/act' });
  }
});

/** A flag test: every flag in `all` set, at least one in `any` set, none in `none` set (omitted parts pass). */
export const conditionSchema = z.object({
  /** All of these flags are set. */
  all: flagList.optional(),
  /** At least one of these flags is set. */
  any: flagList.optional(),
  /** None of these flags is set. */
  none: flagList.optional(),
}).strict().refine((c) => c.all || c.any || c.none, 'a condition needs all, any or none');

export const branchSchema = z.object({
  /** The test. */
  if: conditionSchema,
  /** Where to go when it passes. */
  next: id,
}).strict();

export const nodeSchema = z.object({
  /** Conversation the messages appear in; defaults to the first conversation. */
  conversation: id.optional(),
  /** Messages shown in order when the node is entered. */
  messages: z.array(messageSchema).optional(),
  /** Auto-continue to this node after the messages. */
  next: id.optional(),
  /** Question above the choices, e.g. "What do you do?". */
  prompt: localized.optional(),
  /** Reply choices (a decision node). */
  choices: z.array(choiceSchema).optional(),
  /** Tools available at this decision node. */
  tools: z.array(toolSchema).optional(),
  /** Conditional routing on flags: the first passing branch wins, else `otherwise`. */
  branches: z.array(branchSchema).min(1).optional(),
  /** Where to go when no branch passes (required with branches). */
  otherwise: id.optional(),
  /** This node ends the run with this ending id (after its messages). */
  ending: id.optional(),
}).strict().superRefine((node, ctx) => {
  const kinds = [
    node.next !== undefined && 'next',
    (node.choices !== undefined || node.tools !== undefined) && 'choices/tools',
    node.branches !== undefined && 'branches',
    node.ending !== undefined && 'ending',
  ].filter(Boolean);
  if (kinds.length > 1) ctx.addIssue({ code: 'custom', path: [], message: `a node has one way on, but this has ${kinds.join(' and ')}` });
  if (node.branches && !node.otherwise) ctx.addIssue({ code: 'custom', path: ['otherwise'], message: 'branches need an otherwise node' });
  if (node.otherwise && !node.branches) ctx.addIssue({ code: 'custom', path: ['otherwise'], message: 'otherwise is only for nodes with branches' });
  if (node.prompt && !node.choices && !node.tools) ctx.addIssue({ code: 'custom', path: ['prompt'], message: 'a prompt is only for decision nodes (with choices or tools)' });
});

/** Something to spot (red flag) or to do (protective act): declared once, referenced by id. */
const lesson = z.object({
  /** Unique in its list. */
  id,
  /** Short name, e.g. "Refuses a video call". */
  label: localized,
  /** Why it matters, one or two sentences for the debrief. */
  explanation: localized,
}).strict();

/** A protective act may be the scenario's single best move, named first on every ending. */
const protectiveAct = lesson.extend({
  /** The one move that settles it (e.g. calling the number you already had); at most one per scenario. */
  key: z.literal(true).optional(),
}).strict();

/** A red flag may name the tactic behind it (src/engine/tactics.ts): flagging it earns that tactic's badge. */
const redFlag = lesson.extend({
  /** The named tactic, e.g. "new-account", "refuses-call", "today-only". */
  tactic: z.enum(TACTICS).optional(),
}).strict();

export const endingSchema = z.object({
  /** Unique in the scenario; referenced by `ending` on nodes. */
  id,
  /** What happened, for scoring and the progress page. */
  outcome: z.enum(outcomes),
  /** Money lost (or sent to a genuine friend) in yuan, if any. */
  amount: yuan.optional(),
  /** Heading of the ending screen. */
  title: localized,
  /** What happened and why, kind and without blame. */
  debrief: localized,
  /** Lesson section to read next. */
  readNext: lessonRef,
}).strict();

export const scenarioSchema = z.object({
  /** Module this scenario belongs to. */
  module: id,
  /** A scam, or a genuine request (a control: helping after checking is best). */
  kind: z.enum(['scam', 'genuine']),
  /** Scenario title. */
  title: localized,
  /** One-sentence summary for lists. */
  summary: localized,
  /** Typical minutes to play. */
  minutes: z.number().int().min(1).max(30),
  /** 1 easy, 2 medium, 3 hard. */
  difficulty: z.number().int().min(1).max(3),
  /** Lesson section to read after playing. */
  readNext: lessonRef,
  /** Everyone the learner talks to (the learner is "me"). */
  participants: z.array(participantSchema).min(1),
  /** Chats; nodes name one (default: the first). */
  conversations: z.array(conversationSchema).min(1),
  /** Things to spot, referenced by messages' `redFlag`. May be empty for genuine scenarios. */
  redFlags: z.array(redFlag),
  /** Protective acts credited by choices and tools (`act`). */
  protectiveActs: z.array(protectiveAct).min(1, 'declare at least one protective act')
    .refine((acts) => acts.filter((a) => a.key).length <= 1, 'mark at most one protective act as key'),
  /** The first node. */
  start: id,
  /** The graph, keyed by node id. */
  nodes: z.record(id, nodeSchema),
  /** How a run can end. */
  endings: z.array(endingSchema).min(1),
}).strict();

export type Scenario = z.infer<typeof scenarioSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type Conversation = z.infer<typeof conversationSchema>;
export type Message = z.infer<typeof messageSchema>;
// The vocabulary's message types and the schema's must be the same set (a compile error otherwise).
true satisfies ([MessageType] extends [Message['type']] ? ([Message['type']] extends [MessageType] ? true : false) : false);
export type Choice = z.infer<typeof choiceSchema>;
export type Tool = z.infer<typeof toolSchema>;
export type TransferConfig = z.infer<typeof transferConfigSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type ScenarioNode = z.infer<typeof nodeSchema>;
export type Ending = z.infer<typeof endingSchema>;
export type RedFlag = z.infer<typeof redFlag>;
export type ProtectiveAct = z.infer<typeof protectiveAct>;
