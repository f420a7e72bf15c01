// Shapes shared by the chat simulator's engine and its island: run state, actions, view, result.
import type { Localized } from '../schemas/common';
import type { Choice, Ending, Message, Outcome, Participant, Tool, TransferConfig } from '../schemas/scenario';

export type {
  Choice, Condition, Conversation, Ending, Message, MessageType, Outcome, Participant, ProtectiveAct, RedFlag, Scenario,
  ScenarioNode, Tool, ToolType, TransferConfig,
} from '../schemas/scenario';

export { ME } from '../schemas/scenario-vocab';

/** Log entries are capped so a saved state stays small (a real run needs far fewer). */
export const MAX_LOG = 2000;

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
  /** The panel open over the chat, if any; `node` is where its tool was offered. */
  panel: PanelState | null;
  /** What happened, in order; the transcript and the result are rebuilt from it. */
  log: LogEntry[];
}

/** An open tool panel (profile card, call result, answer…) or the transfer screen. */
export type PanelState =
  | { type: 'tool'; node: string; tool: Tool['type'] }
  | { type: 'transfer'; node: string; check: NameCheck | null };

export type NameCheck = 'match' | 'mismatch';
export type TransferMode = 'instant' | 'delayed' | 'cancel';

export type LogEntry =
  | { a: 'enter'; node: string }
  | { a: 'choose'; node: string; choice: string }
  | { a: 'tool'; node: string; tool: Tool['type'] }
  | { a: 'verify'; node: string; match: boolean }
  | { a: 'transfer'; node: string; mode: TransferMode };

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
  /** Message id (a learner's reply: "reply:<choice id>"). */
  id: string;
  /** Node it belongs to. */
  node: string;
  /** Conversation it appears in. */
  conversation: string;
  /** The content to render (localise with pick()). */
  message: Message;
  /** Sent by the learner. */
  own: boolean;
  /** The learner may flag it as suspicious now (someone else's message, run not over). */
  flaggable: boolean;
  /** The learner has flagged it. */
  flagged: boolean;
}

export type PanelView =
  | {
    type: 'tool';
    /** The tool used (its `type`, `label` and `result` text). */
    tool: Tool;
    /** Whose profile card / whom the call went to, if any. */
    participant: Participant | null;
  }
  | {
    type: 'transfer';
    /** Amount, note, payee and expected names, whether delayed arrival is allowed. */
    transfer: TransferConfig;
    /** The payee's name as the screen shows it: "*" plus its last character (a romanised name: its last word), per language (empty on a red packet). */
    maskedName: Localized;
    /** Result of the last name check, if the learner typed one. */
    check: NameCheck | null;
  };

export interface View {
  /** Current node id. */
  node: string;
  /** Conversation of the current node (the one on screen). */
  conversation: string;
  /** Transcript so far, across conversations, in order. */
  messages: VisibleMessage[];
  /** More is coming: dispatch `reveal` after a delay (or `skip`) — but not while a panel is open. */
  pending: boolean;
  /** Participant id "typing" the next message (null when the next is mine, a notice, or nothing). */
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

export interface SpottedFlag {
  /** Red flag id. */
  redFlag: string;
  /** First message that showed it. */
  message: string;
}

export interface Result {
  /** The ending reached. */
  ending: Ending;
  outcome: Outcome;
  /** Red flags the learner flagged on at least one message. */
  caught: SpottedFlag[];
  /** Red flags that appeared but were not flagged ("not flagged": the learner may still have noticed them). */
  missed: SpottedFlag[];
  /** Flagged messages that show no red flag (false alarms). */
  falseAlarms: string[];
  /** Protective acts used, in declaration order. */
  actsUsed: string[];
  /** Protective acts this path offered (at a decision the learner reached) but not used, in declaration order. */
  actsMissed: string[];
  /**
   * The single best move to name on the ending: the scenario's key act if this path offered it, else the first
   * act used, else the first act offered (null if the path offered none).
   */
  bestMove: string | null;
  /** Choices marked `unsafe` or `falseAlarm` that the learner took, in order. */
  riskyChoices: string[];
  /** 0–100, see SCORING. */
  score: number;
  /** The three parts of the score, for the debrief. */
  parts: { outcome: number; spotting: number; acts: number };
}
