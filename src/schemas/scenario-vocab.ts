// The scenario format's fixed words, without zod: the schema, the engine, the content check and the islands share them.
// A new message type, tool or outcome starts here; the type checker then points at every table that must name it.

/** The learner's side of every conversation (a participant id no scenario may declare). */
export const ME = 'me';

/** Message types, in the order the format documents them. */
export const messageTypes = [
  'text', 'image', 'voice', 'transfer', 'red-packet', 'payment-qr', 'document', 'system', 'call',
] as const;
export type MessageType = (typeof messageTypes)[number];

/** The tools a decision node can offer, in the order the chat shows them; each appears at most once per node. */
export const toolTypes = [
  'profile-card', 'video-call', 'call-known-number', 'private-question', 'official-lookup',
  'transfer', 'report', 'block', 'warn-friends',
] as const;
export type ToolType = (typeof toolTypes)[number];

/** How a run can end. */
export const outcomes = ['safe', 'lost', 'partly-recovered', 'helped', 'false-alarm'] as const;
export type Outcome = (typeof outcomes)[number];

/** Named tactics behind red flags (a red flag's `tactic`); flagging one earns its badge (src/engine/tactics.ts). */
export const TACTICS = [
  'new-account', 'refuses-call', 'urgency', 'today-only', 'secrecy', 'voice-proves-nothing', 'dodges-question',
  'fake-authority', 'another-payee', 'one-more-fee', 'too-good', 'pressure',
] as const;
export type Tactic = (typeof TACTICS)[number];
