// Reading a scenario graph and a run's position in it: lookups, pacing, the transcript, credited acts.
import type { Choice, Message, RunState, Scenario, ScenarioNode, Tool, TransferConfig, VisibleMessage } from './scenario-types';
import { ME } from '../schemas/scenario-vocab';
import { own } from './own';

const EMPTY: readonly Message[] = [];

/** The node with this id, or undefined (own keys only: "constructor" is not a node). */
export function nodeOf(scenario: Scenario, id: string): ScenarioNode | undefined {
  return own(scenario.nodes, id);
}

export function messagesOf(node: ScenarioNode | undefined): readonly Message[] {
  return node?.messages ?? EMPTY;
}

export function conversationOf(scenario: Scenario, node: ScenarioNode | undefined): string {
  return node?.conversation ?? scenario.conversations[0]!.id;
}

export function choiceOf(node: ScenarioNode | undefined, id: string): Choice | undefined {
  return node?.choices?.find((c) => c.id === id);
}

export function toolOf(node: ScenarioNode | undefined, type: string): Tool | undefined {
  return node?.tools?.find((t) => t.type === type);
}

export function transferOf(scenario: Scenario, nodeId: string): TransferConfig | undefined {
  return toolOf(nodeOf(scenario, nodeId), 'transfer')?.transfer;
}

/** More messages, or an automatic `next`, are waiting at the current node. */
export function isPending(scenario: Scenario, state: RunState): boolean {
  const node = nodeOf(scenario, state.node);
  return state.shown < messagesOf(node).length || node?.next !== undefined;
}

export function isEnded(scenario: Scenario, state: RunState): boolean {
  const node = nodeOf(scenario, state.node);
  return node?.ending !== undefined && state.shown >= messagesOf(node).length;
}

/** Choices and tools can be used: all messages shown, nothing automatic next, no panel, not ended. */
export function isDecisionOpen(scenario: Scenario, state: RunState): boolean {
  return state.panel === null && !isPending(scenario, state) && !isEnded(scenario, state);
}

/** Every message revealed so far, in order, including the learner's replies. */
export function transcript(scenario: Scenario, state: RunState): VisibleMessage[] {
  const out: VisibleMessage[] = [];
  const flagged = new Set(state.flagged);
  const ended = isEnded(scenario, state);
  let lastEnter = -1;
  state.log.forEach((entry, i) => { if (entry.a === 'enter') lastEnter = i; });
  state.log.forEach((entry, i) => {
    const node = nodeOf(scenario, entry.node);
    const conversation = conversationOf(scenario, node);
    if (entry.a === 'enter') {
      const list = messagesOf(node);
      for (const message of i === lastEnter ? list.slice(0, state.shown) : list) {
        const own = message.from === ME;
        out.push({
          id: message.id, node: entry.node, conversation, message, own,
          flaggable: !own && !ended, flagged: flagged.has(message.id),
        });
      }
    } else if (entry.a === 'choose') {
      const choice = choiceOf(node, entry.choice);
      if (choice?.say) {
        const id = `reply:${choice.id}`;
        out.push({
          id, node: entry.node, conversation, own: true, flaggable: false, flagged: false,
          message: { id, from: ME, type: 'text', text: choice.say },
        });
      }
    }
  });
  return out;
}

/** Protective act ids credited by the run's choices, tools and transfer steps (unique). */
export function creditedActs(scenario: Scenario, state: RunState): Set<string> {
  const acts = new Set<string>();
  for (const entry of state.log) {
    const node = nodeOf(scenario, entry.node);
    let act: string | undefined;
    if (entry.a === 'choose') act = choiceOf(node, entry.choice)?.act;
    else if (entry.a === 'tool') act = toolOf(node, entry.tool)?.act;
    else if (entry.a === 'verify') act = transferOf(scenario, entry.node)?.verifyAct;
    else if (entry.a === 'transfer') {
      const t = transferOf(scenario, entry.node);
      act = (entry.mode === 'instant' ? t?.confirm : entry.mode === 'delayed' ? t?.confirmDelayed : t?.cancel)?.act;
    }
    if (act) acts.add(act);
  }
  return acts;
}

/** Protective acts this run could have earned: every act offered at a decision node it reached (choices, tools, transfer steps). */
export function possibleActs(scenario: Scenario, state: RunState): Set<string> {
  const acts = new Set<string>();
  for (const entry of state.log) {
    if (entry.a !== 'enter') continue;
    const node = nodeOf(scenario, entry.node);
    for (const c of node?.choices ?? []) if (c.act) acts.add(c.act);
    for (const t of node?.tools ?? []) {
      if (t.act) acts.add(t.act);
      const x = t.transfer;
      for (const a of [x?.verifyAct, x?.confirm.act, x?.confirmDelayed?.act, x?.cancel?.act]) if (a) acts.add(a);
    }
  }
  return acts;
}
