// The chat simulator's rules: pure, deterministic functions over a scenario and a small serialisable run state.
import type { Localized } from '../schemas/common';
import type {
  Choice, Ending, Message, Outcome, Participant, Scenario, Tool, TransferConfig,
} from '../schemas/scenario';

export type { Scenario } from '../schemas/scenario';

/** The learner's side of every conversation. */
export const ME = 'me';

/** Saved play state: only what changes during play, never content. */
export interface RunState {
  /** Save version; restore() refuses any other. */
  v: 1;
  /** Current node id. */
  node: string;
  /** How many of the current node's messages have been revealed. */
  shown: number;
  /** Flags set so far, sorted, unique. */
  flags: string[];
  /** Message ids the learner marked suspicious, in the order marked. */
  flagged: string[];
  /** The panel open over the chat, if any. */
  panel: PanelState | null;
  /** What happened, in order; the transcript and the result are rebuilt from it. */
  log: LogEntry[];
}

/** An open tool panel (profile card, call result, answer…) or the transfer screen. */
export type PanelState =
  | { type: 'tool'; node: string; tool: Tool['type'] }
  | { type: 'transfer'; node: string; check: 'match' | 'mismatch' | null };

export type LogEntry =
  | { a: 'enter'; node: string }
  | { a: 'choose'; node: string; choice: string }
  | { a: 'tool'; node: string; tool: Tool['type'] }
  | { a: 'verify'; node: string; match: boolean }
  | { a: 'transfer'; node: string; mode: TransferMode };

export type TransferMode = 'instant' | 'delayed' | 'cancel';

/** Everything a learner can do. Invalid actions leave the state unchanged. */
export type Action =
  | { type: 'choose'; choice: string }
  | { type: 'tool'; tool: Tool['type'] }
  | { type: 'verify-name'; name: string }
  | { type: 'confirm-transfer'; delayed: boolean }
  | { type: 'cancel-transfer' }
  | { type: 'close' }
  | { type: 'flag'; message: string }
  | { type: 'unflag'; message: string }
  | { type: 'reveal' }
  | { type: 'skip' };

/** A message as it appears in the transcript. */
export interface VisibleMessage {
  /** Message id (for a learner's reply: "reply:<choice id>"). */
  id: string;
  /** Node it belongs to. */
  node: string;
  /** Conversation it appears in. */
  conversation: string;
  /** The content to render (localise with pick()). */
  message: Message;
  /** Sent by the learner. */
  own: boolean;
  /** The learner may flag it as suspicious (messages from others). */
  flaggable: boolean;
  /** The learner has flagged it. */
  flagged: boolean;
}

export type PanelView =
  | {
    type: 'tool';
    /** The tool used (its `result` text and label). */
    tool: Tool;
    /** Whose profile card / whom the call went to, if any. */
    participant: Participant | null;
  }
  | {
    type: 'transfer';
    /** Amount, note, payee and expected names, whether delayed arrival is allowed. */
    transfer: TransferConfig;
    /** The payee's name as the screen shows it: "*" plus its last character, per language. */
    maskedName: Localized;
    /** Result of the last name check, if the learner typed one. */
    check: 'match' | 'mismatch' | null;
  };

export interface View {
  /** Current node id. */
  node: string;
  /** Conversation of the current node (the one on screen). */
  conversation: string;
  /** Transcript so far, across conversations, in order. */
  messages: VisibleMessage[];
  /** More is coming: the UI dispatches `reveal` after a delay (or `skip`). */
  pending: boolean;
  /** Participant id "typing" the next message, or null. */
  typing: string | null;
  /** Question above the choices, when a decision is open. */
  prompt: Localized | null;
  /** Reply choices open now (empty while pending, a panel is open, or the run has ended). */
  choices: Choice[];
  /** Tools open now (same rule as choices). */
  tools: Tool[];
  /** The open panel, if any. */
  panel: PanelView | null;
  /** The run is over; result() is not null. */
  ended: boolean;
}

export interface Result {
  /** The ending reached. */
  ending: Ending;
  outcome: Outcome;
  /** Red flags the learner flagged on at least one message, with the first message showing it. */
  caught: { redFlag: string; message: string }[];
  /** Red flags that appeared but were not flagged, with the first message showing it. */
  missed: { redFlag: string; message: string }[];
  /** Messages flagged that show no red flag (false alarms). */
  falseAlarms: string[];
  /** Protective acts used, in declaration order. */
  actsUsed: string[];
  /** Protective acts declared but not used. */
  actsMissed: string[];
  /** Choices marked unsafe or falseAlarm that the learner took. */
  riskyChoices: string[];
  /** 0–100, see SCORING. */
  score: number;
  /** The three parts of the score, for the debrief. */
  parts: { outcome: number; spotting: number; acts: number };
}

/** The scoring rule as data (the UI shows it to learners; see scoringText). */
export const SCORING = {} as {
  outcome: Record<Outcome, number>;
  spotting: number;
  falseAlarmPenalty: number;
  acts: number;
};

/** The scoring rule in words, {n} placeholders already filled. */
export const scoringText = {} as Localized;

/** A fresh run at the start node. */
export function start(scenario: Scenario): RunState {
  throw new Error('not implemented');
}

/** The state after an action; the same state if the action is not possible now. */
export function act(scenario: Scenario, state: RunState, action: Action): RunState {
  throw new Error('not implemented');
}

/** What to render. */
export function view(scenario: Scenario, state: RunState): View {
  throw new Error('not implemented');
}

/** The outcome and score once the run has ended; null before. */
export function result(scenario: Scenario, state: RunState): Result | null {
  throw new Error('not implemented');
}

/** A saved state if it is valid for this scenario (right version, known ids), else null. */
export function restore(scenario: Scenario, saved: unknown): RunState | null {
  throw new Error('not implemented');
}

/** "*" plus the last character of a name, as a transfer screen shows it. */
export function maskName(name: string): string {
  throw new Error('not implemented');
}

/** Ending ids reachable from the start, each with one shortest action sequence that reaches it. */
export function enumeratePaths(scenario: Scenario): Map<string, Action[]> {
  throw new Error('not implemented');
}
