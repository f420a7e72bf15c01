// The chat simulator's rules: pure, deterministic functions over a scenario and a small serialisable run state.
// Import them through ./scenario (the barrel); scenario-paths imports this file directly, so there is no cycle.
//
// Scoring (exported as SCORING; in words, the UI string scenario.result.scoring filled from scoringParams): score = outcome + spotting + acts, 0–100.
//   outcome  (max 60): safe 60 · helped 60 · partly-recovered 30 · false-alarm 20 · lost 0, scaled so the
//                      scenario's best ending earns 60 (after a scam has happened, getting part back is the best).
//   spotting (max 20): with red flags seen, 20 × max(0, caught − falseAlarms) / seen;
//                      with none seen (a genuine friend), max(0, 20 − 5 × falseAlarms).
//   acts     (max 20): 10 per different protective act used, full marks at two (or at every act this path
//                      offered, if it offered fewer): one verified call plus one more check is enough.
// Parts are rounded to whole numbers. Outcome dominates because keeping money (or helping a real
// friend) is the point; spotting and acts reward the habits that get there, and false alarms cost,
// so blanket suspicion does not win (genuine scenarios are controls). Acts are counted against what this
// path offered, never against every act declared, so the best path of every scenario scores 100.
import {
  choiceOf, conversationOf, creditedActs, possibleActs, isDecisionOpen, isEnded, isPending, messagesOf, nodeOf, toolOf,
  transcript, transferOf,
} from './scenario-graph';
import type {
  Action, Condition, LogEntry, Outcome, PanelView, Result, RunState, Scenario, SpottedFlag, View,
} from './scenario-types';
import { ME } from '../schemas/scenario-vocab';
import { MAX_LOG } from './scenario-types';

export const SCORING = {
  outcome: { safe: 60, helped: 60, 'partly-recovered': 30, 'false-alarm': 20, lost: 0 } satisfies Record<Outcome, number>,
  spotting: 20,
  falseAlarmPenalty: 5,
  acts: 20,
  perAct: 10,
  /** Different acts that earn full act marks (fewer if the path offered fewer). */
  actsForFull: 2,
} as const;

/** The numbers the scoring rule's wording (UI string scenario.result.scoring) fills in. */
export const scoringParams = {
  safe: SCORING.outcome.safe, partlyRecovered: SCORING.outcome['partly-recovered'], falseAlarm: SCORING.outcome['false-alarm'],
  lost: SCORING.outcome.lost, spotting: SCORING.spotting, penalty: SCORING.falseAlarmPenalty, acts: SCORING.acts, perAct: SCORING.perAct,
  actsForFull: SCORING.actsForFull,
} as const;

/** A fresh run at the start node (passing through any routing nodes). */
export function start(scenario: Scenario): RunState {
  return enter(scenario, { v: 1, node: scenario.start, shown: 0, flags: [], flagged: [], panel: null, log: [] }, scenario.start);
}

function passes(cond: Condition, flags: readonly string[]): boolean {
  return (!cond.all || cond.all.every((f) => flags.includes(f)))
    && (!cond.any || cond.any.some((f) => flags.includes(f)))
    && (!cond.none || !cond.none.some((f) => flags.includes(f)));
}

function withFlags(state: RunState, sets: readonly string[] | undefined): RunState {
  return sets ? { ...state, flags: [...new Set([...state.flags, ...sets])].sort() } : state;
}

function log(state: RunState, entry: LogEntry): RunState {
  return state.log.length >= MAX_LOG ? state : { ...state, log: [...state.log, entry] };
}

/** Move to a node, then pass through routing: branches, and `next` nodes with no messages. */
const nodeCounts = new WeakMap<Scenario, number>();
/** Number of nodes, counted once per scenario (the routing loop bound). */
function nodeCount(scenario: Scenario): number {
  let count = nodeCounts.get(scenario);
  if (count === undefined) nodeCounts.set(scenario, (count = Object.keys(scenario.nodes).length));
  return count;
}

function enter(scenario: Scenario, state: RunState, target: string): RunState {
  let next: RunState = log({ ...state, node: target, shown: 0 }, { a: 'enter', node: target });
  const maxHops = nodeCount(scenario);
  for (let hops = 0; hops <= maxHops; hops++) {
    const node = nodeOf(scenario, next.node);
    if (!node || messagesOf(node).length > 0) return next;
    const to = node.branches ? (node.branches.find((b) => passes(b.if, next.flags))?.next ?? node.otherwise) : node.next;
    if (to === undefined || !nodeOf(scenario, to)) return next;
    next = log({ ...next, node: to, shown: 0 }, { a: 'enter', node: to });
  }
  return next; // a routing cycle; the content check rejects these
}

/** After the last message of a branching node, route on. */
function afterShown(scenario: Scenario, state: RunState): RunState {
  const node = nodeOf(scenario, state.node);
  if (!node?.branches || state.shown < messagesOf(node).length) return state;
  const to = node.branches.find((b) => passes(b.if, state.flags))?.next ?? node.otherwise;
  return to !== undefined && nodeOf(scenario, to) ? enter(scenario, state, to) : state;
}

function reveal(scenario: Scenario, state: RunState): RunState {
  if (state.panel || !isPending(scenario, state)) return state;
  const node = nodeOf(scenario, state.node);
  if (state.shown < messagesOf(node).length) return afterShown(scenario, { ...state, shown: state.shown + 1 });
  if (node?.next === undefined || !nodeOf(scenario, node.next)) return state;
  const moved = enter(scenario, state, node.next);
  return moved.shown < messagesOf(nodeOf(scenario, moved.node)).length ? afterShown(scenario, { ...moved, shown: moved.shown + 1 }) : moved;
}

/** Follow an effect's next (if any) after setting its flags. */
function follow(scenario: Scenario, state: RunState, effect: { next?: string; sets?: string[] } | undefined): RunState {
  const flagged = withFlags(state, effect?.sets);
  return effect?.next !== undefined && nodeOf(scenario, effect.next) ? enter(scenario, flagged, effect.next) : flagged;
}

/** Whether the log already has this entry since the current node was entered (repeats are not logged). */
function loggedHere(state: RunState, same: (e: LogEntry) => boolean): boolean {
  for (let i = state.log.length - 1; i >= 0 && state.log[i]!.a !== 'enter'; i--) if (same(state.log[i]!)) return true;
  return false;
}

const normalName = (name: string) => name.normalize('NFKC').toLowerCase().replace(/[\s·•.]/gu, '');

/** What 验证姓名 asks for (FACTS D): the surname — a romanised name's first word, a Chinese name's first character. */
export function surnameOf(name: string): string {
  const words = name.trim().split(/\s+/);
  return words.length > 1 ? words[0]! : [...name.trim()][0] ?? '';
}

/** The state after an action; the same state object if the action is not possible now. */
export function act(scenario: Scenario, state: RunState, action: Action): RunState {
  const node = nodeOf(scenario, state.node);
  const panel = state.panel;
  switch (action?.type) {
    case 'reveal':
      return reveal(scenario, state);
    case 'skip': {
      let next = state;
      for (let i = 0; i < MAX_LOG && isPending(scenario, next) && !next.panel; i++) {
        const after = reveal(scenario, next);
        if (after === next) break;
        next = after;
      }
      return next;
    }
    case 'choose': {
      const choice = isDecisionOpen(scenario, state) ? choiceOf(node, action.choice) : undefined;
      if (!choice || !nodeOf(scenario, choice.next)) return state;
      return follow(scenario, log(state, { a: 'choose', node: state.node, choice: choice.id }), choice);
    }
    case 'tool': {
      const tool = isDecisionOpen(scenario, state) ? toolOf(node, action.tool) : undefined;
      if (!tool) return state;
      const here = state.node;
      const logged = loggedHere(state, (e) => e.a === 'tool' && e.tool === tool.type)
        ? state : log(state, { a: 'tool', node: here, tool: tool.type });
      if (tool.type === 'transfer') return { ...logged, panel: { type: 'transfer', node: here, check: null } };
      return follow(scenario, { ...logged, panel: { type: 'tool', node: here, tool: tool.type } }, tool);
    }
    case 'verify-name': {
      if (panel?.type !== 'transfer' || typeof action.name !== 'string') return state;
      const typed = normalName(action.name.slice(0, 100));
      const config = transferOf(scenario, panel.node);
      const payee = config?.kind === 'phone-number' ? config.payee : undefined;
      if (!typed || !payee) return state;
      const match = [payee.en, payee['zh-cn']].some((n) => typed === normalName(n) || typed === normalName(surnameOf(n)));
      const logged = loggedHere(state, (e) => e.a === 'verify' && e.match === match)
        ? state : log(state, { a: 'verify', node: panel.node, match });
      return { ...logged, panel: { ...panel, check: match ? 'match' : 'mismatch' } };
    }
    case 'confirm-transfer': {
      const transfer = panel?.type === 'transfer' ? transferOf(scenario, panel.node) : undefined;
      if (!transfer || !panel) return state;
      const outcome = action.delayed === true ? transfer.confirmDelayed : action.delayed === false ? transfer.confirm : undefined;
      if (!outcome) return state;
      const mode = action.delayed ? 'delayed' : 'instant';
      return follow(scenario, { ...log(state, { a: 'transfer', node: panel.node, mode }), panel: null }, outcome);
    }
    case 'cancel-transfer':
    case 'close': {
      if (!panel || (action.type === 'cancel-transfer' && panel.type !== 'transfer')) return state;
      if (panel.type === 'tool') return { ...state, panel: null };
      const cancel = transferOf(scenario, panel.node)?.cancel;
      return follow(scenario, { ...log(state, { a: 'transfer', node: panel.node, mode: 'cancel' }), panel: null }, cancel);
    }
    case 'flag': {
      if (state.flagged.includes(action.message)) return state;
      const target = transcript(scenario, state).find((m) => m.id === action.message);
      return target?.flaggable ? { ...state, flagged: [...state.flagged, target.id] } : state;
    }
    case 'unflag':
      if (isEnded(scenario, state) || !state.flagged.includes(action.message)) return state;
      return { ...state, flagged: state.flagged.filter((id) => id !== action.message) };
    default:
      return state;
  }
}

/** A name as a transfer screen shows it: "*" plus its last character ("李伟" → "*伟"), or a romanised name's last word ("Li Wei" → "*Wei"). */
export function maskName(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length > 1) return `*${words[words.length - 1]}`;
  const chars = [...name.trim()];
  return `*${chars[chars.length - 1] ?? ''}`;
}

/** What to render now. */
export function view(scenario: Scenario, state: RunState): View {
  const node = nodeOf(scenario, state.node);
  const open = isDecisionOpen(scenario, state);
  const pending = isPending(scenario, state);
  const list = messagesOf(node);
  const upcoming = state.shown < list.length ? list[state.shown] : messagesOf(nodeOf(scenario, node?.next ?? ''))[0];
  const typing = !state.panel && pending && upcoming && upcoming.from !== ME && upcoming.type !== 'system' && upcoming.type !== 'call'
    ? upcoming.from : null;
  return {
    node: state.node,
    conversation: conversationOf(scenario, node),
    messages: transcript(scenario, state),
    pending,
    typing,
    prompt: open ? (node?.prompt ?? null) : null,
    choices: open ? (node?.choices ?? []) : [],
    tools: open ? (node?.tools ?? []) : [],
    panel: panelView(scenario, state),
    ended: isEnded(scenario, state),
  };
}

function panelView(scenario: Scenario, state: RunState): PanelView | null {
  const panel = state.panel;
  if (!panel) return null;
  if (panel.type === 'transfer') {
    const transfer = transferOf(scenario, panel.node);
    if (!transfer) return null;
    return {
      type: 'transfer', transfer, check: panel.check,
      maskedName: transfer.payee ? { en: maskName(transfer.payee.en), 'zh-cn': maskName(transfer.payee['zh-cn']) } : { en: '', 'zh-cn': '' },
    };
  }
  const origin = nodeOf(scenario, panel.node);
  const tool = toolOf(origin, panel.tool);
  if (!tool) return null;
  const conversation = scenario.conversations.find((c) => c.id === conversationOf(scenario, origin));
  const who = tool.participant ?? (conversation?.kind === 'direct' ? conversation.with : undefined);
  return { type: 'tool', tool, participant: scenario.participants.find((p) => p.id === who) ?? null };
}

/** The outcome and score once the run has ended; null before. */
export function result(scenario: Scenario, state: RunState): Result | null {
  const endingId = nodeOf(scenario, state.node)?.ending;
  const ending = scenario.endings.find((e) => e.id === endingId);
  if (!ending || !isEnded(scenario, state)) return null;

  const seen = new Map<string, string>(); // red flag → first message showing it
  const caughtIds = new Set<string>();
  const falseAlarms: string[] = [];
  const flagged = new Set(state.flagged);
  // Messages revealed after the learner's last step lead straight into the ending, with no moment to flag
  // them: they do not count as seen.
  let lastStep = -1;
  state.log.forEach((e, i) => { if (e.a !== 'enter') lastStep = i; });
  const late = new Set(state.log.slice(lastStep + 1).flatMap((e) => (e.a === 'enter' ? [e.node] : [])));
  for (const m of transcript(scenario, state)) {
    const flag = m.own || late.has(m.node) ? undefined : m.message.redFlag;
    if (flag && !seen.has(flag)) seen.set(flag, m.id);
    if (flagged.has(m.id)) {
      if (flag) caughtIds.add(flag);
      else falseAlarms.push(m.id);
    }
  }
  const caught: SpottedFlag[] = [];
  const missed: SpottedFlag[] = [];
  for (const { id } of scenario.redFlags) {
    const message = seen.get(id);
    if (message) (caughtIds.has(id) ? caught : missed).push({ redFlag: id, message });
  }
  const credited = creditedActs(scenario, state);
  const possible = possibleActs(scenario, state);
  for (const id of credited) possible.add(id);
  const actsUsed = scenario.protectiveActs.map((a) => a.id).filter((id) => credited.has(id));
  const actsMissed = scenario.protectiveActs.map((a) => a.id).filter((id) => possible.has(id) && !credited.has(id));
  const riskyChoices: string[] = [];
  for (const e of state.log) {
    const choice = e.a === 'choose' ? choiceOf(nodeOf(scenario, e.node), e.choice) : undefined;
    if (choice && (choice.unsafe || choice.falseAlarm) && !riskyChoices.includes(choice.id)) riskyChoices.push(choice.id);
  }

  const best = Math.max(...scenario.endings.map((e) => SCORING.outcome[e.outcome]));
  const forFull = Math.min(SCORING.actsForFull, possible.size);
  const parts = {
    outcome: best > 0 ? Math.round(SCORING.outcome.safe * SCORING.outcome[ending.outcome] / best) : 0,
    spotting: Math.round(seen.size > 0
      ? SCORING.spotting * Math.max(0, caught.length - falseAlarms.length) / seen.size
      : Math.max(0, SCORING.spotting - SCORING.falseAlarmPenalty * falseAlarms.length)),
    acts: forFull === 0 ? SCORING.acts : Math.min(SCORING.acts, Math.round(SCORING.acts * Math.min(actsUsed.length, forFull) / forFull)),
  };
  const key = scenario.protectiveActs.find((a) => a.key && possible.has(a.id))?.id;
  const bestMove = key ?? actsUsed[0] ?? actsMissed[0] ?? null;
  return {
    ending, outcome: ending.outcome, caught, missed, falseAlarms, actsUsed, actsMissed, riskyChoices, bestMove,
    score: parts.outcome + parts.spotting + parts.acts, parts,
  };
}
