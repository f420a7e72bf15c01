// Checks of scenarios: schema, unique ids, references, and the graph (reachable, ends, no loops, no dead ends).
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ME } from '../schemas/scenario-vocab';
import { scenarioSchema, type Scenario, type ScenarioNode } from '../schemas/scenario';
import { checkLessonRef, type CourseIndex } from './context';
import type { RawContent } from './load';
import { fromZod, problem, type ContentProblem } from './report';

export const defaultAvatarDir = fileURLToPath(new URL('../../public/avatars', import.meta.url));

/** SVG file names in the avatars folder. */
export function listAvatars(dir = defaultAvatarDir): Set<string> {
  return new Set(existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.svg')) : []);
}

const LANGUAGE: Record<string, string> = { en: 'English text (en)', 'zh-cn': 'Chinese text (zh-cn)' };

/** zod problems, with a missing language key reported as a missing translation. */
function schemaProblems(file: string, error: Parameters<typeof fromZod>[1]): ContentProblem[] {
  return fromZod(file, error).map((p) => {
    const lang = p.field.split('.').pop() ?? '';
    return p.message === 'Required' && LANGUAGE[lang] ? { ...p, message: `missing translation: no ${LANGUAGE[lang]}` } : p;
  });
}

interface Edge { to: string; field: string }

/** Every node a node can lead to, with the field that says so. */
function edgesOf(id: string, node: ScenarioNode): Edge[] {
  const at = `nodes.${id}`;
  const out: Edge[] = [];
  if (node.next) out.push({ to: node.next, field: `${at}.next` });
  node.choices?.forEach((c, i) => out.push({ to: c.next, field: `${at}.choices.${i}.next` }));
  node.tools?.forEach((t, i) => {
    if (t.next) out.push({ to: t.next, field: `${at}.tools.${i}.next` });
    const tr = t.transfer;
    if (tr) {
      out.push({ to: tr.confirm.next, field: `${at}.tools.${i}.transfer.confirm.next` });
      if (tr.confirmDelayed) out.push({ to: tr.confirmDelayed.next, field: `${at}.tools.${i}.transfer.confirmDelayed.next` });
      if (tr.cancel?.next) out.push({ to: tr.cancel.next, field: `${at}.tools.${i}.transfer.cancel.next` });
    }
  });
  node.branches?.forEach((b, i) => out.push({ to: b.next, field: `${at}.branches.${i}.next` }));
  if (node.otherwise) out.push({ to: node.otherwise, field: `${at}.otherwise` });
  return out;
}

/** Report the second and later uses of each id. */
function duplicates(file: string, items: { id: string; field: string }[], what: string): ContentProblem[] {
  const seen = new Map<string, string>();
  const out: ContentProblem[] = [];
  for (const { id, field } of items) {
    const first = seen.get(id);
    if (first !== undefined) out.push(problem(file, field, `duplicate ${what} id "${id}" (first used at ${first})`));
    else seen.set(id, field);
  }
  return out;
}

/** Problems in one parsed scenario (everything zod cannot see). */
export function checkScenario(file: string, s: Scenario, course: CourseIndex, avatars: ReadonlySet<string>): ContentProblem[] {
  const out: ContentProblem[] = [];
  const add = (field: string, message: string) => out.push(problem(file, field, message));
  const nodeIds = new Set(Object.keys(s.nodes));
  const entries = Object.entries(s.nodes);

  if (!course.modules.has(s.module)) add('module', `unknown module "${s.module}" (no modules/${s.module}.yaml)`);
  const ref = (field: string, value: string) => { const why = checkLessonRef(value, course); if (why) add(field, why); };
  ref('readNext', s.readNext);
  s.endings.forEach((e, i) => ref(`endings.${i}.readNext`, e.readNext));

  // Unique ids.
  const messages = entries.flatMap(([n, node]) => (node.messages ?? []).map((m, i) => ({ ...m, node: n, field: `nodes.${n}.messages.${i}.id` })));
  const choices = entries.flatMap(([n, node]) => (node.choices ?? []).map((c, i) => ({ ...c, node: n, field: `nodes.${n}.choices.${i}.id` })));
  out.push(
    ...duplicates(file, s.participants.map((p, i) => ({ id: p.id, field: `participants.${i}.id` })), 'participant'),
    ...duplicates(file, s.conversations.map((c, i) => ({ id: c.id, field: `conversations.${i}.id` })), 'conversation'),
    ...duplicates(file, s.redFlags.map((r, i) => ({ id: r.id, field: `redFlags.${i}.id` })), 'red flag'),
    ...duplicates(file, s.protectiveActs.map((a, i) => ({ id: a.id, field: `protectiveActs.${i}.id` })), 'protective act'),
    ...duplicates(file, s.endings.map((e, i) => ({ id: e.id, field: `endings.${i}.id` })), 'ending'),
    ...duplicates(file, messages, 'message'),
    ...duplicates(file, choices, 'choice'),
    ...entries.flatMap(([n, node]) => duplicates(file, (node.tools ?? []).map((t, i) => ({ id: t.type, field: `nodes.${n}.tools.${i}.type` })), 'tool')),
  );

  // References.
  const people = new Set(s.participants.map((p) => p.id));
  const conversations = new Map(s.conversations.map((c) => [c.id, c]));
  const redFlags = new Set(s.redFlags.map((r) => r.id));
  const acts = new Set(s.protectiveActs.map((a) => a.id));
  const endings = new Set(s.endings.map((e) => e.id));
  const person = (field: string, id: string) => { if (!people.has(id)) add(field, `unknown participant "${id}"`); };
  const actRef = (field: string, id: string | undefined) => { if (id !== undefined && !acts.has(id)) add(field, `unknown protective act "${id}" (declare it in protectiveActs)`); };
  s.participants.forEach((p, i) => {
    if (!avatars.has(p.avatar)) add(`participants.${i}.avatar`, `avatar file "${p.avatar}" is not in public/avatars/`);
  });
  s.conversations.forEach((c, i) => {
    if (c.kind === 'direct') person(`conversations.${i}.with`, c.with);
    else c.members.forEach((m, j) => person(`conversations.${i}.members.${j}`, m));
  });
  if (!nodeIds.has(s.start)) add('start', `start node "${s.start}" does not exist`);
  for (const [n, node] of entries) {
    const at = `nodes.${n}`;
    const conversation = conversations.get(node.conversation ?? s.conversations[0]!.id);
    if (!conversation) add(`${at}.conversation`, `unknown conversation "${node.conversation}"`);
    const inChat = conversation ? new Set(conversation.kind === 'direct' ? [conversation.with] : conversation.members) : people;
    node.messages?.forEach((m, i) => {
      if (m.from !== ME && !people.has(m.from)) add(`${at}.messages.${i}.from`, `unknown participant "${m.from}" (use a participant id or "me")`);
      else if (m.from !== ME && !inChat.has(m.from)) add(`${at}.messages.${i}.from`, `"${m.from}" is not in conversation "${conversation?.id}"`);
      if (m.redFlag !== undefined && !redFlags.has(m.redFlag)) add(`${at}.messages.${i}.redFlag`, `unknown red flag "${m.redFlag}" (declare it in redFlags)`);
    });
    node.choices?.forEach((c, i) => actRef(`${at}.choices.${i}.act`, c.act));
    node.tools?.forEach((t, i) => {
      const tf = `${at}.tools.${i}`;
      actRef(`${tf}.act`, t.act);
      if (t.participant !== undefined) person(`${tf}.participant`, t.participant);
      else if ((t.type === 'profile-card' || t.type === 'video-call') && conversation?.kind === 'group') {
        add(`${tf}.participant`, `in a group chat, say whose ${t.type === 'profile-card' ? 'profile card' : 'call'} this is (participant)`);
      }
      if (t.transfer) {
        actRef(`${tf}.transfer.verifyAct`, t.transfer.verifyAct);
        actRef(`${tf}.transfer.confirm.act`, t.transfer.confirm.act);
        actRef(`${tf}.transfer.confirmDelayed.act`, t.transfer.confirmDelayed?.act);
        actRef(`${tf}.transfer.cancel.act`, t.transfer.cancel?.act);
      }
    });
    if (node.ending !== undefined && !endings.has(node.ending)) add(`${at}.ending`, `unknown ending "${node.ending}" (declare it in endings)`);
    for (const edge of edgesOf(n, node)) if (!nodeIds.has(edge.to)) add(edge.field, `goes to node "${edge.to}", which does not exist`);
  }

  // Declared but never used.
  const shown = new Set(messages.map((m) => m.redFlag).filter(Boolean));
  s.redFlags.forEach((r, i) => { if (!shown.has(r.id)) add(`redFlags.${i}.id`, `red flag "${r.id}" is on no message`); });
  const used = new Set(entries.map(([, node]) => node.ending).filter(Boolean));
  s.endings.forEach((e, i) => { if (!used.has(e.id)) add(`endings.${i}.id`, `ending "${e.id}" is used by no node`); });
  const credited = new Set([
    ...choices.map((c) => c.act),
    ...entries.flatMap(([, node]) => (node.tools ?? []).flatMap((t) => [t.act, t.transfer?.verifyAct, t.transfer?.confirm.act, t.transfer?.confirmDelayed?.act, t.transfer?.cancel?.act])),
  ]);
  s.protectiveActs.forEach((a, i) => { if (!credited.has(a.id)) add(`protectiveActs.${i}.id`, `protective act "${a.id}" is credited by no choice or tool`); });

  // The graph. Only meaningful once every target exists.
  if (out.some((p) => p.message.includes('which does not exist'))) return out;
  const edges = new Map(entries.map(([n, node]) => [n, edgesOf(n, node).map((e) => e.to)]));
  const reachable = new Set<string>([s.start]);
  for (const queue = [s.start]; queue.length;) for (const to of edges.get(queue.pop()!) ?? []) if (!reachable.has(to)) { reachable.add(to); queue.push(to); }
  const ending = new Set(entries.filter(([, node]) => node.ending !== undefined).map(([n]) => n));
  const reverse = new Map<string, string[]>();
  for (const [from, tos] of edges) for (const to of tos) reverse.set(to, [...(reverse.get(to) ?? []), from]);
  const canEnd = new Set(ending);
  for (const queue = [...ending]; queue.length;) for (const from of reverse.get(queue.pop()!) ?? []) if (!canEnd.has(from)) { canEnd.add(from); queue.push(from); }
  for (const [n, node] of entries) {
    if (!reachable.has(n)) add(`nodes.${n}`, `node "${n}" cannot be reached from the start node "${s.start}"`);
    else if (node.ending === undefined && edges.get(n)!.length === 0) add(`nodes.${n}`, `node "${n}" is a dead end: give it next, choices (or tools with next), branches or an ending`);
    else if (!canEnd.has(n)) add(`nodes.${n}`, `no ending can be reached from node "${n}"`);
  }
  const loop = findLoop(s.start, edges);
  if (loop) add(`nodes.${loop[0]}`, `the story can loop forever: ${loop.join(' → ')} (scenarios must always move on to an ending)`);
  if (!loop) out.push(...realism(file, s, edges));
  return out;
}

/**
 * Screens true to the apps (FACTS L, M): a copied account has the copied person's avatar; a private chat
 * with someone not in your contacts opens, on every path, with a friend-request step.
 */
function realism(file: string, s: Scenario, edges: Map<string, string[]>): ContentProblem[] {
  const out: ContentProblem[] = [];
  const byId = new Map(s.participants.map((p) => [p.id, p]));
  s.participants.forEach((p, i) => {
    const original = p.copies === undefined ? undefined : byId.get(p.copies);
    if (p.copies !== undefined && !original) out.push(problem(file, `participants.${i}.copies`, `unknown participant "${p.copies}"`));
    else if (original && original.avatar !== p.avatar) {
      out.push(problem(file, `participants.${i}.avatar`, `a copied account shows the same avatar as "${original.id}" (${original.avatar})`));
    }
  });
  const first = s.conversations[0]!.id;
  for (const c of s.conversations) {
    if (c.kind !== 'direct' || !byId.get(c.with)?.notFriend) continue;
    // Walk every path; at the first node in this chat that shows messages, the first must be the friend-request step.
    const done = new Set<string>();
    const visit = (n: string): void => {
      if (done.has(n)) return;
      done.add(n);
      const node = s.nodes[n]!;
      const list = node.messages ?? [];
      if ((node.conversation ?? first) === c.id && list.length > 0) {
        const m = list[0]!;
        if (m.type !== 'system' || !m.event) {
          out.push(problem(file, `nodes.${n}.messages.0`, `"${c.with}" is not your friend (notFriend), so the private chat "${c.id}" must open with a friend-request step (a system message with event: friend-request or friend-added)`));
        }
        return;
      }
      for (const to of edges.get(n) ?? []) visit(to);
    };
    visit(s.start);
  }
  return out;
}

/** A cycle reachable from the start, as node ids ending where it began, or null. */
function findLoop(startId: string, edges: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (n: string): string[] | null => {
    state.set(n, 'open');
    path.push(n);
    for (const to of edges.get(n) ?? []) {
      if (state.get(to) === 'open') return [...path.slice(path.indexOf(to)), to];
      if (!state.has(to)) { const found = visit(to); if (found) return found; }
    }
    path.pop();
    state.set(n, 'done');
    return null;
  };
  return visit(startId);
}

export function checkScenarios(raw: RawContent, course: CourseIndex, avatars: ReadonlySet<string> = listAvatars()): ContentProblem[] {
  const out: ContentProblem[] = [];
  for (const { file, data } of raw.scenarios.values()) {
    // WeChat shows no mutual-friend count on a profile (FACTS L: never show one); say so rather than "unrecognized key".
    const people = (data as { participants?: unknown }).participants;
    if (Array.isArray(people) && people.some((p) => p && typeof p === 'object' && 'mutualFriends' in p)) {
      people.forEach((p, i) => {
        if (p && typeof p === 'object' && 'mutualFriends' in p) {
          out.push(problem(file, `participants.${i}.mutualFriends`, 'a profile shows no mutual-friend count (FACTS L): remove mutualFriends; use the source line (addedVia) and Moments'));
        }
      });
      continue;
    }
    const parsed = scenarioSchema.safeParse(data);
    if (!parsed.success) { out.push(...schemaProblems(file, parsed.error)); continue; }
    out.push(...checkScenario(file, parsed.data, course, avatars));
  }
  return out;
}
