// A scenario's node graph as a layered drawing (computed at build time; the SVG and its text version share it).
// Pure: no Astro, no DOM. Layers by longest path after removing back edges; order by barycentre sweeps.
import type { Localized } from '../../schemas/common';
import type { Condition, Message, Outcome, Scenario, ScenarioNode, ToolType } from '../../schemas/scenario';

export type Lang = keyof Localized;
export type MapNodeKind = 'messages' | 'decision' | 'branch' | 'ending';
export type MapEdgeKind = 'next' | 'choice' | 'tool' | 'transfer' | 'branch' | 'otherwise';

/** UI words the map needs, already in the page's language (pass resolved t() strings). */
export interface MapLabels {
  kind: Record<MapNodeKind, string>;
  tool: Record<ToolType, string>;
  transfer: { instant: string; delayed: string; cancel: string };
  outcome: Record<Outcome, string>;
  /** Branch test texts; `{flags}` is replaced by the comma-separated flag names. */
  condition: { all: string; any: string; none: string };
  otherwise: string;
  /** "{n} yuan" style; `{n}` is replaced by the formatted amount. */
  amount: string;
  /** Shown for a node with nothing to say (e.g. an empty message list). */
  empty: string;
  /** Between a name and what follows, e.g. ": " or "：". */
  sep: string;
  /** Between list items, e.g. ", " or "，". */
  listSep: string;
  /** Call lines: the mode and what happened. */
  call: Record<'voice' | 'video' | 'declined' | 'missed' | 'cancelled' | 'ended', string>;
}

/** One way out of a node, numbered within its node (1, 2, …; an automatic `next` has number 0). */
export interface MapEdge {
  from: string;
  to: string;
  kind: MapEdgeKind;
  /** Position among the node's exits, from 1; 0 for an automatic continuation. */
  number: number;
  /** What the learner picks (choice text, tool name, transfer option) or the branch test. */
  label: string;
  /** A risky choice (`unsafe: true`) or confirming a transfer that the content marks as paying. */
  unsafe: boolean;
  /** Refusing or blocking a genuine friend without checking. */
  falseAlarm: boolean;
  /** Label of the protective act credited, if any. */
  act: string | null;
  /** Points back up the graph (a loop), drawn round the side. */
  back: boolean;
  /** SVG path data, set by the layout. */
  path: string;
  /** Where the number badge sits. */
  badge: { x: number; y: number };
}

export interface MapNode {
  id: string;
  /** Reading number, 1 = start, in layer order; the SVG and the text version both use it. */
  number: number;
  kind: MapNodeKind;
  /** Heading line, e.g. "Decision" or "Ending · Lost". */
  heading: string;
  /** The node's gist: first message, prompt, or ending title. */
  text: string;
  /** For endings: the outcome, amount and ending id. */
  ending: { id: string; outcome: Outcome; amount: number | null; title: string } | null;
  /** Tools offered here that do not move the story on (still worth naming in a guide). */
  stayTools: string[];
  layer: number;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Wrapped lines inside the box (heading first). */
  lines: string[];
  /** How many of `lines` belong to the heading. */
  headingLines: number;
}

export interface BranchMap {
  width: number;
  height: number;
  nodes: MapNode[];
  edges: MapEdge[];
  /** Node ids in reading order (same as nodes). */
  order: string[];
}

export const GEOMETRY = {
  boxWidth: 200,
  padX: 10,
  padY: 8,
  lineHeight: 15,
  fontSize: 12,
  gapX: 28,
  gapY: 56,
  margin: 16,
  maxBodyLines: 4,
} as const;

const CJK = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Approximate width of a string in ems (CJK and full-width characters 1 em, others 0.56 em). */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += CJK.test(ch) ? 1 : 0.56;
  return w;
}

/** Wrap text into lines at most `maxEm` wide (break at spaces, or anywhere in CJK), at most `maxLines` (last ends "…"). */
export function wrap(text: string, maxEm: number, maxLines: number): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return [];
  // Tokens: runs of non-space Latin text (with their trailing space), or single CJK characters.
  const tokens = clean.match(/[^\s\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+\s?|\s|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (textWidth((line + token).trimEnd()) <= maxEm || !line.trim()) {
      // A single token wider than the line is cut by characters.
      if (!line.trim() && textWidth(token.trimEnd()) > maxEm) {
        let piece = '';
        for (const ch of token) {
          if (textWidth(piece + ch) > maxEm) { lines.push(piece); piece = ''; }
          piece += ch;
        }
        line = piece;
      } else {
        line += token;
      }
    } else {
      lines.push(line.trimEnd());
      line = token.trimStart();
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && textWidth(`${last}…`) > maxEm) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** The words a message shows, for a one-line gist. */
export function messageGist(message: Message, lang: Lang, labels: MapLabels): string {
  switch (message.type) {
    case 'text': case 'system': return message.text[lang];
    case 'image': return message.caption?.[lang] ?? message.alt[lang];
    case 'voice': return message.transcript[lang];
    case 'transfer': case 'red-packet': return message.note?.[lang] ?? labels.amount.replace('{n}', formatAmount(message.amount, lang));
    case 'payment-qr': return message.payee[lang];
    case 'document': return message.title[lang];
    case 'call': return `${labels.call[message.mode]} · ${labels.call[message.status]}`;
  }
}

export function formatAmount(amount: number, lang: Lang): string {
  return amount.toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN');
}

function nodeKind(node: ScenarioNode): MapNodeKind {
  if (node.ending !== undefined) return 'ending';
  if (node.branches) return 'branch';
  if (node.choices || node.tools) return 'decision';
  return 'messages';
}

function conditionText(c: Condition, labels: MapLabels): string {
  const parts: string[] = [];
  if (c.all) parts.push(labels.condition.all.replace('{flags}', c.all.join(', ')));
  if (c.any) parts.push(labels.condition.any.replace('{flags}', c.any.join(', ')));
  if (c.none) parts.push(labels.condition.none.replace('{flags}', c.none.join(', ')));
  return parts.join(labels.listSep);
}

type EdgeSeed = Omit<MapEdge, 'number' | 'back' | 'path' | 'badge'>;

/** The exits of one node, in the order the content lists them (only to nodes that exist). */
function exitsOf(scenario: Scenario, id: string, lang: Lang, labels: MapLabels): EdgeSeed[] {
  const node = scenario.nodes[id]!;
  const actLabel = (act: string | undefined) => (act ? scenario.protectiveActs.find((a) => a.id === act)?.label[lang] ?? act : null);
  const out: EdgeSeed[] = [];
  const push = (seed: Omit<EdgeSeed, 'from'>) => { if (scenario.nodes[seed.to]) out.push({ from: id, ...seed }); };
  if (node.next) push({ to: node.next, kind: 'next', label: '', unsafe: false, falseAlarm: false, act: null });
  for (const choice of node.choices ?? []) {
    push({ to: choice.next, kind: 'choice', label: choice.text[lang], unsafe: Boolean(choice.unsafe), falseAlarm: Boolean(choice.falseAlarm), act: actLabel(choice.act) });
  }
  for (const tool of node.tools ?? []) {
    const name = tool.label?.[lang] ?? labels.tool[tool.type];
    if (tool.transfer) {
      const t = tool.transfer;
      const options = [
        [t.confirm, labels.transfer.instant],
        [t.confirmDelayed, labels.transfer.delayed],
        [t.cancel, labels.transfer.cancel],
      ] as const;
      for (const [outcome, word] of options) {
        if (outcome?.next) push({ to: outcome.next, kind: 'transfer', label: `${name}${labels.sep}${word}`, unsafe: false, falseAlarm: false, act: actLabel(outcome.act) });
      }
    } else if (tool.next) {
      push({ to: tool.next, kind: 'tool', label: name, unsafe: false, falseAlarm: false, act: actLabel(tool.act) });
    }
  }
  for (const branch of node.branches ?? []) push({ to: branch.next, kind: 'branch', label: conditionText(branch.if, labels), unsafe: false, falseAlarm: false, act: null });
  if (node.otherwise) push({ to: node.otherwise, kind: 'otherwise', label: labels.otherwise, unsafe: false, falseAlarm: false, act: null });
  return out;
}

/** Lay out a scenario's graph for one language. Deterministic: the same scenario gives the same map. */
export function layoutBranchMap(scenario: Scenario, lang: Lang, labels: MapLabels): BranchMap {
  const ids = Object.keys(scenario.nodes);
  const exits = new Map(ids.map((id) => [id, exitsOf(scenario, id, lang, labels)]));

  // 1. Depth-first from the start (then from any node not reached, in file order) to find back edges.
  const state = new Map<string, 'open' | 'done'>();
  const discovery: string[] = [];
  const back = new Set<EdgeSeed>();
  const visit = (id: string) => {
    state.set(id, 'open');
    discovery.push(id);
    for (const edge of exits.get(id)!) {
      const s = state.get(edge.to);
      if (s === 'open') back.add(edge);
      else if (!s) visit(edge.to);
    }
    state.set(id, 'done');
  };
  const roots = scenario.nodes[scenario.start] ? [scenario.start, ...ids] : ids;
  for (const id of roots) if (!state.has(id)) visit(id);

  // 2. Longest-path layers over the forward edges (reverse finishing order is a topological order).
  const layer = new Map<string, number>(discovery.map((id) => [id, 0]));
  const topo = topologicalOrder(discovery, (id) => exits.get(id)!.filter((e) => !back.has(e)).map((e) => e.to));
  for (const id of topo) {
    for (const edge of exits.get(id)!) {
      if (!back.has(edge)) layer.set(edge.to, Math.max(layer.get(edge.to)!, layer.get(id)! + 1));
    }
  }
  const layerCount = Math.max(0, ...layer.values()) + 1;
  const layers: string[][] = Array.from({ length: layerCount }, () => []);
  for (const id of discovery) layers[layer.get(id)!]!.push(id);

  // 3. Order within layers: a few downward barycentre sweeps (stable, so ties keep discovery order).
  const preds = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const [from, list] of exits) for (const e of list) if (!back.has(e)) preds.get(e.to)!.push(from);
  const position = new Map<string, number>();
  const place = () => layers.forEach((row) => row.forEach((id, i) => position.set(id, (i + 0.5) / row.length)));
  place();
  for (let sweep = 0; sweep < 4; sweep++) {
    for (let l = 1; l < layerCount; l++) {
      const centre = (id: string) => {
        const p = preds.get(id)!;
        return p.length ? p.reduce((sum, q) => sum + position.get(q)!, 0) / p.length : position.get(id)!;
      };
      const keyed = layers[l]!.map((id, i) => ({ id, i, c: centre(id) }));
      keyed.sort((a, b) => a.c - b.c || a.i - b.i);
      layers[l] = keyed.map((k) => k.id);
      place();
    }
  }

  // 4. Boxes: number nodes in reading order, wrap their text, size rows.
  const g = GEOMETRY;
  const maxEm = (g.boxWidth - 2 * g.padX) / g.fontSize;
  const order = layers.flat();
  const number = new Map(order.map((id, i) => [id, i + 1]));
  const nodes = new Map<string, MapNode>();
  for (const id of order) {
    const node = scenario.nodes[id]!;
    const kind = nodeKind(node);
    const ending = kind === 'ending' ? scenario.endings.find((e) => e.id === node.ending) ?? null : null;
    const gist = (() => {
      if (ending) return ending.title[lang];
      if (kind === 'decision' && node.prompt) return node.prompt[lang];
      if (kind === 'branch') return '';
      const messages = node.messages ?? [];
      const shown = kind === 'decision' ? messages[messages.length - 1] : messages[0];
      return shown ? messageGist(shown, lang, labels) : labels.empty;
    })();
    const heading = ending
      ? `${number.get(id)} · ${labels.kind.ending} · ${labels.outcome[ending.outcome]}${ending.amount ? ` · ${labels.amount.replace('{n}', formatAmount(ending.amount, lang))}` : ''}`
      : `${number.get(id)} · ${labels.kind[kind]}`;
    const stayTools = (node.tools ?? []).filter((t) => !t.next && !t.transfer).map((t) => t.label?.[lang] ?? labels.tool[t.type]);
    const headingLines = wrap(heading, maxEm, 2);
    const lines = [...headingLines, ...wrap(gist, maxEm, g.maxBodyLines)];
    nodes.set(id, {
      id, number: number.get(id)!, kind, heading, text: gist, stayTools,
      ending: ending ? { id: ending.id, outcome: ending.outcome, amount: ending.amount ?? null, title: ending.title[lang] } : null,
      layer: layer.get(id)!, x: 0, y: 0, w: g.boxWidth, h: 2 * g.padY + lines.length * g.lineHeight, lines, headingLines: headingLines.length,
    });
  }
  const widest = Math.max(1, ...layers.map((row) => row.length));
  const width = 2 * g.margin + widest * g.boxWidth + (widest - 1) * g.gapX + 2 * g.gapX; // side room for loops
  let y = g.margin;
  for (const row of layers) {
    const rowHeight = Math.max(0, ...row.map((id) => nodes.get(id)!.h));
    const rowWidth = row.length * g.boxWidth + (row.length - 1) * g.gapX;
    let x = (width - rowWidth) / 2;
    for (const id of row) {
      const n = nodes.get(id)!;
      n.x = round(x);
      n.y = round(y);
      x += g.boxWidth + g.gapX;
    }
    y += rowHeight + g.gapY;
  }
  const height = round(y - g.gapY + g.margin);

  // 5. Edges: numbered exits leave from evenly spaced ports on the box's bottom edge.
  const edges: MapEdge[] = [];
  for (const id of order) {
    const from = nodes.get(id)!;
    const list = exits.get(id)!;
    const numbered = list.filter((e) => e.kind !== 'next');
    list.forEach((seed) => {
      const to = nodes.get(seed.to)!;
      const isBack = back.has(seed) || to.layer <= from.layer;
      const index = numbered.indexOf(seed);
      const slots = Math.max(1, numbered.length);
      const sx = seed.kind === 'next' ? from.x + from.w / 2 : from.x + (from.w * (index + 1)) / (slots + 1);
      const sy = from.y + from.h;
      let path: string;
      if (isBack) {
        // Round the right-hand side of both boxes and come back into the target's right edge.
        const side = Math.max(from.x + from.w, to.x + to.w) + g.gapX * 0.8;
        const ty = to.y + to.h / 2;
        path = `M${round(sx)},${sy} C${round(sx)},${sy + 24} ${round(side)},${sy + 24} ${round(side)},${round((sy + ty) / 2)} S${round(to.x + to.w + 24)},${round(ty)} ${round(to.x + to.w)},${round(ty)}`;
      } else {
        const tx = to.x + to.w / 2;
        const ty = to.y;
        const bend = Math.max(20, (ty - sy) / 2);
        path = `M${round(sx)},${sy} C${round(sx)},${round(sy + bend)} ${round(tx)},${round(ty - bend)} ${round(tx)},${ty}`;
      }
      edges.push({ ...seed, number: seed.kind === 'next' ? 0 : index + 1, back: isBack, path, badge: { x: round(sx), y: round(sy + 10) } });
    });
  }

  return { width: round(width), height, nodes: order.map((id) => nodes.get(id)!), edges, order };
}

/** Topological order of the nodes reachable through `next` (Kahn's algorithm, ties in the given order). */
function topologicalOrder(ids: string[], next: (id: string) => string[]): string[] {
  const indegree = new Map(ids.map((id) => [id, 0]));
  for (const id of ids) for (const to of next(id)) indegree.set(to, (indegree.get(to) ?? 0) + 1);
  const queue = ids.filter((id) => indegree.get(id) === 0);
  const out: string[] = [];
  while (queue.length) {
    const id = queue.shift()!;
    out.push(id);
    for (const to of next(id)) {
      indegree.set(to, indegree.get(to)! - 1);
      if (indegree.get(to) === 0) queue.push(to);
    }
  }
  return out;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** A horizontal slice of the drawing, in drawing units: from `y`, `h` high. */
export interface MapBand { y: number; h: number }

/**
 * The drawing cut into bands no taller than `maxHeight`, each cut in the gap between two layers (below the last
 * layer's badges), so a map prints at full size, one band per page, without slicing a box. A single layer
 * taller than `maxHeight` gets a band of its own.
 */
export function printBands(map: Pick<BranchMap, 'height' | 'nodes'>, maxHeight: number): MapBand[] {
  const layers = new Map<number, { top: number; bottom: number }>();
  for (const n of map.nodes) {
    const l = layers.get(n.layer);
    layers.set(n.layer, { top: Math.min(l?.top ?? Infinity, n.y), bottom: Math.max(l?.bottom ?? -Infinity, n.y + n.h) });
  }
  const sorted = [...layers.values()].sort((a, b) => a.top - b.top);
  // Cut just above the next layer's boxes: the gap's upper part holds the badges under the boxes above.
  const cuts = sorted.slice(1).map((next) => next.top - 8);
  const bands: MapBand[] = [];
  let start = 0;
  let last = start;
  for (const cut of [...cuts, map.height]) {
    if (cut - start > maxHeight && last > start) {
      bands.push({ y: start, h: round(last - start) });
      start = last;
    }
    last = cut;
  }
  bands.push({ y: start, h: round(map.height - start) });
  return bands;
}

/** A vertical slice of the drawing, in drawing units: from `x`, `w` wide. */
export interface MapColumn { x: number; w: number }

/**
 * Columns no wider than `maxWidth` over the stretch that `nodes` (by default all) take, with room on each side for
 * the lines that leave them or loop round them; the whole drawing when it fits. Boxes stand at staggered places
 * from row to row, so there is seldom a clean gap to cut in: neighbouring columns overlap by the widest box and a
 * little, so every box is whole in at least one column. None when a box alone is wider than `maxWidth`.
 */
export function printColumns(map: Pick<BranchMap, 'width' | 'nodes'>, maxWidth: number, nodes = map.nodes): MapColumn[] {
  if (map.width <= maxWidth) return [{ x: 0, w: map.width }];
  const overlap = Math.max(...map.nodes.map((n) => n.w)) + 16;
  if (overlap >= maxWidth || nodes.length === 0) return [];
  const side = GEOMETRY.gapX;
  const from = Math.max(0, Math.min(...nodes.map((n) => n.x)) - side);
  const to = Math.min(map.width, Math.max(...nodes.map((n) => n.x + n.w)) + side);
  if (to - from <= maxWidth) {
    // One page holds it: centre the page on it, within the drawing.
    return [{ x: round(Math.min(Math.max(0, (from + to - maxWidth) / 2), map.width - maxWidth)), w: maxWidth }];
  }
  const step = maxWidth - overlap;
  const columns: MapColumn[] = [];
  for (let x = from; ; x += step) {
    const start = Math.min(x, to - maxWidth);
    columns.push({ x: round(start), w: maxWidth });
    if (start + maxWidth >= to) break;
  }
  return columns;
}

/** One printed page of a map: a band of it (printBands) cut to a column (printColumns), in drawing units. */
export interface MapTile { x: number; y: number; w: number; h: number }

/** The drawing in pieces that each print at full size on one landscape page: band by band, each band over the columns its boxes need; null if it cannot be cut so. */
export function printTiles(map: Pick<BranchMap, 'width' | 'height' | 'nodes'>, room: { width: number; height: number }): MapTile[] | null {
  const tiles: MapTile[] = [];
  for (const band of printBands(map, room.height)) {
    // A band never cuts a box: its boxes are those that start in it.
    const inBand = map.nodes.filter((n) => n.y >= band.y && n.y < band.y + band.h);
    const columns = printColumns(map, room.width, inBand);
    if (columns.length === 0) return null;
    for (const c of columns) tiles.push({ x: c.x, y: band.y, w: c.w, h: band.h });
  }
  return tiles;
}

/**
 * Room for a map on its landscape print page (print.css: `@page branch-map`, 10 mm margins), in CSS px at full
 * size: the smaller of A4 (277 × 190 mm) and Letter (259.4 × 195.9 mm), less a line for the band's caption.
 * At full size the map's 12 px text prints at 9 pt; a wider map prints in columns (printTiles).
 */
export const PRINT_ROOM = { width: 980, height: 660 } as const;
