// The branch map layout: every node drawn once, layered downwards, no overlapping boxes, loops handled, text wrapped.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GEOMETRY, layoutBranchMap, printBands, printColumns, printTiles, textWidth, wrap, type BranchMap, type MapLabels } from '../../src/components/guide/branch-map';
import type { Scenario, ScenarioNode } from '../../src/schemas/scenario';

const L = (en: string, zh = en) => ({ en, 'zh-cn': zh });

const labels: MapLabels = {
  kind: { messages: 'Messages', decision: 'Decision', branch: 'Check', ending: 'Ending' },
  tool: {
    'profile-card': 'Profile card', 'video-call': 'Video call', 'call-known-number': 'Call a number you had',
    'private-question': 'Private question', 'official-lookup': 'Official lookup', transfer: 'Transfer',
    report: 'Report', block: 'Block', 'warn-friends': 'Warn friends',
  },
  transfer: { instant: 'send now', delayed: 'delayed arrival', cancel: 'cancel' },
  outcome: { safe: 'Safe', lost: 'Lost money', 'partly-recovered': 'Partly recovered', helped: 'Helped', 'false-alarm': 'False alarm' },
  condition: { all: 'all of {flags}', any: 'any of {flags}', none: 'none of {flags}' },
  otherwise: 'otherwise',
  amount: '{n} yuan',
  empty: '(no messages)',
  sep: ': ',
  listSep: '; ',
  call: { voice: 'Voice call', video: 'Video call', declined: 'declined', missed: 'missed', cancelled: 'cancelled', ended: 'ended' },
};

/** A scenario shaped like the real ones: messages, a decision with a transfer tool, a branch, a loop back, endings. */
function sample(): Scenario {
  return {
    module: 'friend-impersonation', kind: 'scam', title: L('Sample', '示例'), summary: L('s'), minutes: 5, difficulty: 2,
    readNext: 'friend-impersonation/how-to-verify#call-known-number',
    participants: [{ id: 'fake', name: L('Li Wei', '李伟'), avatar: 'li-wei.svg', accountId: 'lw', region: L('x'), addedVia: L('x'), accountAge: L('new'), moments: L('none') }],
    conversations: [{ id: 'chat', kind: 'direct', with: 'fake' }],
    redFlags: [{ id: 'urgent', label: L('Urgent'), explanation: L('e') }],
    protectiveActs: [
      { id: 'called', label: L('Called the number you had', '打了原来的电话'), explanation: L('e') },
      { id: 'delayed', label: L('Used delayed arrival'), explanation: L('e') },
    ],
    start: 'hello',
    nodes: {
      hello: { messages: [{ id: 'm1', from: 'fake', type: 'text', text: L('You there?', '在吗？') }], next: 'ask' },
      ask: {
        messages: [{ id: 'm2', from: 'fake', type: 'text', redFlag: 'urgent', text: L('My mum is in hospital, lend me 5,000 yuan', '我妈住院了，借我五千') }],
        prompt: L('What do you do?', '你怎么做？'),
        choices: [
          { id: 'pay', text: L('Send the money'), next: 'lost-end', unsafe: true },
          { id: 'wait', text: L('Ask for a moment'), next: 'stall' },
        ],
        tools: [
          { type: 'profile-card', result: L('New account') },
          { type: 'call-known-number', act: 'called', sets: ['truth'], next: 'check' },
          { type: 'transfer', transfer: { amount: 5000, payee: L('Zhang Wei', '张伟'), expected: L('Li Wei', '李伟'), delayed: true, confirm: { next: 'lost-end' }, confirmDelayed: { next: 'check', act: 'delayed' }, cancel: { next: 'stall' } } },
        ],
      },
      stall: { messages: [{ id: 'm3', from: 'fake', type: 'text', text: L('Hurry!') }], prompt: L('Now?'), choices: [{ id: 'back', text: L('Think again'), next: 'ask' }, { id: 'call', text: L('Call him'), next: 'check', act: 'called' }] },
      check: { branches: [{ if: { all: ['truth'] }, next: 'safe-end' }], otherwise: 'lost-end' },
      'safe-end': { messages: [{ id: 'm4', from: 'fake', type: 'system', text: L('You kept your money.') }], ending: 'safe' },
      'lost-end': { ending: 'lost' },
    },
    endings: [
      { id: 'safe', outcome: 'safe', title: L('You checked first', '你先核实了'), debrief: L('d'), readNext: 'friend-impersonation/how-to-verify' },
      { id: 'lost', outcome: 'lost', amount: 5000, title: L('The money is gone', '钱没了'), debrief: L('d'), readNext: 'after-a-scam/first-hour' },
    ],
  };
}

function overlaps(map: BranchMap): string[] {
  const out: string[] = [];
  for (const a of map.nodes) for (const b of map.nodes) {
    if (a.id < b.id && a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) out.push(`${a.id}/${b.id}`);
  }
  return out;
}

describe('layoutBranchMap', () => {
  const map = layoutBranchMap(sample(), 'en', labels);
  const byId = new Map(map.nodes.map((n) => [n.id, n]));

  it('draws every node once, numbered in reading order from the start', () => {
    expect(map.nodes.map((n) => n.id).sort()).toEqual(Object.keys(sample().nodes).sort());
    expect(map.nodes.map((n) => n.number)).toEqual(map.nodes.map((_, i) => i + 1));
    expect(byId.get('hello')).toMatchObject({ number: 1, layer: 0, kind: 'messages', text: 'You there?' });
  });

  it('names each kind of node and describes endings with outcome and amount', () => {
    expect(byId.get('ask')).toMatchObject({ kind: 'decision', text: 'What do you do?', stayTools: ['Profile card'] });
    expect(byId.get('check')).toMatchObject({ kind: 'branch', text: '' });
    expect(byId.get('lost-end')).toMatchObject({ kind: 'ending', ending: { id: 'lost', outcome: 'lost', amount: 5000, title: 'The money is gone' } });
    expect(byId.get('lost-end')!.heading).toContain('Lost money · 5,000 yuan');
  });

  it('puts each node below everything that leads to it (longest path), except loops', () => {
    for (const edge of map.edges) {
      const from = byId.get(edge.from)!;
      const to = byId.get(edge.to)!;
      if (edge.back) expect(to.layer).toBeLessThanOrEqual(from.layer);
      else expect(to.layer).toBeGreaterThan(from.layer);
    }
    // "lost-end" is reached from ask, check and the transfer: it sits below the branch node.
    expect(byId.get('lost-end')!.layer).toBeGreaterThan(byId.get('check')!.layer);
  });

  it('marks the loop from "stall" back to "ask" as a back edge', () => {
    const loop = map.edges.filter((e) => e.back);
    expect(loop.map((e) => `${e.from}->${e.to}`)).toEqual(['stall->ask']);
  });

  it('numbers the exits of a decision in content order: choices, then tools, then transfer outcomes', () => {
    const exits = map.edges.filter((e) => e.from === 'ask').map((e) => [e.number, e.kind, e.label, e.to]);
    expect(exits).toEqual([
      [1, 'choice', 'Send the money', 'lost-end'],
      [2, 'choice', 'Ask for a moment', 'stall'],
      [3, 'tool', 'Call a number you had', 'check'],
      [4, 'transfer', 'Transfer: send now', 'lost-end'],
      [5, 'transfer', 'Transfer: delayed arrival', 'check'],
      [6, 'transfer', 'Transfer: cancel', 'stall'],
    ]);
  });

  it('carries unsafe choices and credited protective acts onto edges', () => {
    const pay = map.edges.find((e) => e.label === 'Send the money')!;
    expect(pay.unsafe).toBe(true);
    expect(map.edges.find((e) => e.label === 'Transfer: delayed arrival')!.act).toBe('Used delayed arrival');
    expect(map.edges.find((e) => e.label === 'Call him')!.act).toBe('Called the number you had');
  });

  it('describes branch tests and the otherwise route', () => {
    expect(map.edges.filter((e) => e.from === 'check').map((e) => [e.kind, e.label])).toEqual([
      ['branch', 'all of truth'],
      ['otherwise', 'otherwise'],
    ]);
  });

  it('places boxes inside the drawing without overlaps', () => {
    expect(overlaps(map)).toEqual([]);
    for (const n of map.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x + n.w).toBeLessThanOrEqual(map.width);
      expect(n.y + n.h).toBeLessThanOrEqual(map.height);
    }
  });

  it('is deterministic and uses the requested language', () => {
    expect(layoutBranchMap(sample(), 'en', labels)).toEqual(map);
    const zh = layoutBranchMap(sample(), 'zh-cn', labels);
    expect(zh.nodes.find((n) => n.id === 'safe-end')!.text).toBe('你先核实了');
    expect(zh.nodes.map((n) => n.id)).toEqual(map.nodes.map((n) => n.id));
  });

  it('skips exits to nodes that do not exist instead of failing', () => {
    const broken = sample();
    broken.nodes.hello = { ...broken.nodes.hello!, next: 'nowhere' };
    const out = layoutBranchMap(broken, 'en', labels);
    expect(out.edges.some((e) => e.to === 'nowhere')).toBe(false);
    expect(out.nodes).toHaveLength(6);
  });
});

describe('wrap', () => {
  it('breaks English at spaces within the width', () => {
    const lines = wrap('Ask something only the real friend would know', 12, 5);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(12);
    expect(lines.join(' ')).toBe('Ask something only the real friend would know');
  });

  it('breaks Chinese between characters', () => {
    const lines = wrap('用你原来存的电话号码打给朋友本人核实一下', 8, 5);
    expect(lines[0]).toBe('用你原来存的电话');
    expect(lines.join('')).toBe('用你原来存的电话号码打给朋友本人核实一下');
  });

  it('ends with an ellipsis when the text needs more lines than allowed', () => {
    const lines = wrap('one two three four five six seven eight nine ten', 6, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(textWidth(lines[1]!)).toBeLessThanOrEqual(6);
  });

  it('cuts a word longer than the line', () => {
    const lines = wrap('https://example.invalid/a-very-long-address', 10, 10);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(10);
  });
});

describe('layout properties on random graphs', () => {
  const graph = fc.integer({ min: 1, max: 14 }).chain((n) => fc.array(
    fc.array(fc.integer({ min: 0, max: n - 1 }), { minLength: 0, maxLength: 3 }),
    { minLength: n, maxLength: n },
  ));

  it('always terminates with every node drawn once, no overlaps, and forward edges pointing down', () => {
    fc.assert(fc.property(graph, (targets) => {
      const scenario = sample();
      const nodes: Record<string, ScenarioNode> = {};
      targets.forEach((outs, i) => {
        nodes[`n${i}`] = outs.length
          ? { prompt: L(`Node ${i}`), choices: outs.map((t, j) => ({ id: `c${i}-${j}`, text: L(`to ${t}`), next: `n${t}` })) }
          : { ending: 'safe' };
      });
      scenario.nodes = nodes;
      scenario.start = 'n0';
      const map = layoutBranchMap(scenario, 'en', labels);
      const byId = new Map(map.nodes.map((n) => [n.id, n]));
      expect(map.nodes).toHaveLength(targets.length);
      expect(new Set(map.nodes.map((n) => n.number)).size).toBe(targets.length);
      expect(overlaps(map)).toEqual([]);
      expect(map.edges).toHaveLength(targets.flat().length);
      for (const e of map.edges) {
        if (!e.back) expect(byId.get(e.to)!.layer).toBeGreaterThan(byId.get(e.from)!.layer);
      }
      expect(map.edges.every((e) => !/NaN/.test(e.path))).toBe(true);
    }), { numRuns: 200 });
  });
});

it('keeps box text inside the box width', () => {
  const map = layoutBranchMap(sample(), 'zh-cn', labels);
  const maxEm = (GEOMETRY.boxWidth - 2 * GEOMETRY.padX) / GEOMETRY.fontSize;
  for (const n of map.nodes) for (const line of n.lines) expect(textWidth(line)).toBeLessThanOrEqual(maxEm);
});

describe('printBands (a tall map printed at full size, one band per page)', () => {
  const map = layoutBranchMap(sample(), 'en', labels);

  it('covers the whole drawing, in order, with no band over the limit unless a layer alone is taller', () => {
    for (const limit of [120, 200, 400, 10_000]) {
      const bands = printBands(map, limit);
      expect(bands[0]!.y).toBe(0);
      bands.forEach((b, i) => { if (i > 0) expect(b.y).toBeCloseTo(bands[i - 1]!.y + bands[i - 1]!.h, 5); });
      const end = bands.at(-1)!;
      expect(end.y + end.h).toBeCloseTo(map.height, 5);
      const tallest = Math.max(...map.nodes.map((n) => n.h)) + GEOMETRY.gapY;
      for (const b of bands) expect(b.h).toBeLessThanOrEqual(Math.max(limit, tallest));
    }
    expect(printBands(map, 10_000)).toHaveLength(1);
  });

  it('never cuts through a box', () => {
    const bands = printBands(map, 150);
    expect(bands.length).toBeGreaterThan(1);
    for (const b of bands.slice(1)) {
      for (const n of map.nodes) expect(n.y < b.y && n.y + n.h > b.y, `${n.id} at ${n.y}–${n.y + n.h}, cut ${b.y}`).toBe(false);
    }
  });
});

describe('printColumns and printTiles (a wide map printed at full size, in pieces of a page each)', () => {
  const map = layoutBranchMap(sample(), 'en', labels);

  it('covers every box with columns within the limit, each box whole in at least one of them', () => {
    const left = Math.min(...map.nodes.map((n) => n.x));
    const right = Math.max(...map.nodes.map((n) => n.x + n.w));
    for (const limit of [GEOMETRY.boxWidth + 40, Math.ceil(map.width / 2), map.width - 1]) {
      const columns = printColumns(map, limit);
      if (limit < right - left) expect(columns.length, `limit ${limit}`).toBeGreaterThan(1);
      expect(columns[0]!.x).toBeLessThanOrEqual(left);
      expect(columns.at(-1)!.x + columns.at(-1)!.w).toBeGreaterThanOrEqual(right);
      columns.forEach((c, i) => { if (i > 0) expect(c.x, 'no gap between columns').toBeLessThanOrEqual(columns[i - 1]!.x + columns[i - 1]!.w); });
      for (const c of columns) expect(c.x >= 0 && c.w <= limit && c.x + c.w <= map.width + 0.05).toBe(true);
      for (const n of map.nodes) expect(columns.some((c) => n.x >= c.x && n.x + n.w <= c.x + c.w), `${n.id} whole in a column at ${limit}`).toBe(true);
    }
    expect(printColumns(map, map.width)).toEqual([{ x: 0, w: map.width }]);
  });

  it('tiles go band by band, each box whole in a tile of its band; none when a box is wider than the page', () => {
    const room = { width: Math.ceil(map.width / 2), height: 200 };
    const tiles = printTiles(map, room)!;
    const bands = printBands(map, room.height);
    expect([...new Set(tiles.map((t) => t.y))]).toEqual(bands.map((b) => b.y));
    for (const t of tiles) expect(t.w).toBeLessThanOrEqual(room.width);
    for (const n of map.nodes) {
      expect(tiles.some((t) => n.x >= t.x && n.x + n.w <= t.x + t.w && n.y >= t.y && n.y + n.h <= t.y + t.h), `${n.id} whole on a page`).toBe(true);
    }
    expect(printTiles(map, { width: map.width, height: 200 })!.every((t) => t.x === 0 && t.w === map.width)).toBe(true);
    expect(printTiles(map, { width: GEOMETRY.boxWidth, height: 200 })).toBeNull();
  });
});
