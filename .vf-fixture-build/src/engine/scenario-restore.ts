// Checks a saved run state by hand (no zod: this ships to the browser) before play resumes from it.
import { choiceOf, messagesOf, nodeOf, toolOf, transcript, transferOf } from './scenario-graph';
import type { LogEntry, PanelState, RunState, Scenario } from './scenario-types';
import { MAX_LOG } from './scenario-types';
const MAX_FLAGS = 200;

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 100;
const strings = (v: unknown, max: number): string[] | null =>
  Array.isArray(v) && v.length <= max && v.every(isStr) ? (v as string[]) : null;

function entryOf(scenario: Scenario, raw: unknown): LogEntry | null {
  if (!isRec(raw) || !isStr(raw.node)) return null;
  const node = nodeOf(scenario, raw.node);
  if (!node) return null;
  switch (raw.a) {
    case 'enter':
      return { a: 'enter', node: raw.node };
    case 'choose':
      return isStr(raw.choice) && choiceOf(node, raw.choice) ? { a: 'choose', node: raw.node, choice: raw.choice } : null;
    case 'tool': {
      const tool = isStr(raw.tool) ? toolOf(node, raw.tool) : undefined;
      return tool ? { a: 'tool', node: raw.node, tool: tool.type } : null;
    }
    case 'verify':
      return typeof raw.match === 'boolean' && transferOf(scenario, raw.node) ? { a: 'verify', node: raw.node, match: raw.match } : null;
    case 'transfer':
      return (raw.mode === 'instant' || raw.mode === 'delayed' || raw.mode === 'cancel') && transferOf(scenario, raw.node)
        ? { a: 'transfer', node: raw.node, mode: raw.mode } : null;
    default:
      return null;
  }
}

function panelOf(scenario: Scenario, raw: unknown): PanelState | null | undefined {
  if (raw === null) return null;
  if (!isRec(raw) || !isStr(raw.node)) return undefined;
  if (raw.type === 'transfer' && transferOf(scenario, raw.node) && (raw.check === null || raw.check === 'match' || raw.check === 'mismatch')) {
    return { type: 'transfer', node: raw.node, check: raw.check };
  }
  const tool = raw.type === 'tool' && isStr(raw.tool) ? toolOf(nodeOf(scenario, raw.node), raw.tool) : undefined;
  return tool && tool.type !== 'transfer' ? { type: 'tool', node: raw.node, tool: tool.type } : undefined;
}

/**
 * A saved state if it is valid for this scenario, else null: version 1, nodes, choices, tools and
 * messages that still exist, a log that starts at the start node and ends where the state is.
 * Returns a fresh object holding only known fields.
 */
export function restore(scenario: Scenario, saved: unknown): RunState | null {
  if (!isRec(saved) || saved.v !== 1 || !isStr(saved.node)) return null;
  const node = nodeOf(scenario, saved.node);
  const shown = saved.shown;
  if (!node || typeof shown !== 'number' || !Number.isInteger(shown) || shown < 0 || shown > messagesOf(node).length) return null;
  const flags = strings(saved.flags, MAX_FLAGS);
  const flagged = strings(saved.flagged, MAX_FLAGS);
  const panel = panelOf(scenario, saved.panel);
  if (!flags || !flagged || panel === undefined || !Array.isArray(saved.log) || saved.log.length > MAX_LOG) return null;
  const log: LogEntry[] = [];
  for (const raw of saved.log) {
    const entry = entryOf(scenario, raw);
    if (!entry) return null;
    log.push(entry);
  }
  const enters = log.filter((e) => e.a === 'enter');
  if (enters[0]?.node !== scenario.start || enters[enters.length - 1]!.node !== saved.node) return null;
  const state: RunState = { v: 1, node: saved.node, shown, flags: [...new Set(flags)].sort(), flagged: [...new Set(flagged)], panel, log };
  const visible = new Set(transcript(scenario, state).filter((m) => !m.own).map((m) => m.id));
  return state.flagged.every((id) => visible.has(id)) ? state : null;
}
