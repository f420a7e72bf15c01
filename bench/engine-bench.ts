// Engine benchmark (bundled by bench/run.mjs): actions per second and validation time on a generated 10,000-node scenario.
import { act, possibleActions, start, view } from '../src/engine/scenario';
import type { Action, Scenario } from '../src/engine/scenario';
import { checkScenario } from '../src/content-check/scenarios';
import type { CourseIndex } from '../src/content-check/context';

const L = (text: string) => ({ en: text, 'zh-cn': text });

/** A layered graph: a start node, `layers` layers of `width` nodes, each with two choices into the next layer, then endings. */
export function generateScenario(layers = 100, width = 100): Scenario {
  const id = (layer: number, i: number) => `n${layer}-${i}`;
  const nodes: Record<string, unknown> = {
    start: {
      messages: [{ id: 'm-start', from: 'friend', type: 'text', text: L('Hi'), redFlag: 'urgent' }],
      choices: Array.from({ length: width }, (_, i) => ({ id: `c${i}`, text: L(`Go ${i}`), next: id(0, i) })),
    },
  };
  for (let layer = 0; layer < layers; layer++) {
    for (let i = 0; i < width; i++) {
      const last = layer === layers - 1;
      nodes[id(layer, i)] = {
        messages: [{ id: `m${layer}-${i}`, from: 'friend', type: 'text', text: L(`Message ${layer}.${i}`) }],
        choices: last
          ? [{ id: `pay-${i}`, text: L('Pay'), next: 'lost' }, { id: `check-${i}`, text: L('Check'), next: 'safe', act: 'call' }]
          : [{ id: `a${layer}-${i}`, text: L('A'), next: id(layer + 1, i) }, { id: `b${layer}-${i}`, text: L('B'), next: id(layer + 1, (i + 1) % width), act: 'call' }],
      };
    }
  }
  nodes.lost = { messages: [{ id: 'm-lost', from: 'friend', type: 'system', text: L('Rejected') }], ending: 'lost' };
  nodes.safe = { ending: 'safe' };
  return {
    module: 'bench', kind: 'scam', title: L('Bench'), summary: L('Bench'), minutes: 5, difficulty: 1, readNext: 'bench/lesson',
    participants: [{ id: 'friend', name: L('Friend'), avatar: 'a.svg', accountId: 'x', region: L('r'), addedVia: L('a'), mutualFriends: 0, accountAge: L('n'), moments: L('m') }],
    conversations: [{ id: 'chat', kind: 'direct', with: 'friend' }],
    redFlags: [{ id: 'urgent', label: L('Urgent'), explanation: L('Urgent') }],
    protectiveActs: [{ id: 'call', label: L('Call'), explanation: L('Call') }],
    start: 'start',
    nodes,
    endings: [
      { id: 'lost', outcome: 'lost', amount: 1000, title: L('Lost'), debrief: L('Lost'), readNext: 'bench/lesson' },
      { id: 'safe', outcome: 'safe', title: L('Safe'), debrief: L('Safe'), readNext: 'bench/lesson' },
    ],
  } as unknown as Scenario;
}

export function runEngineBench(targetActions = 200_000) {
  const scenario = generateScenario();
  const nodeCount = Object.keys(scenario.nodes).length;
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  let actions = 0;
  let runs = 0;
  const t0 = performance.now();
  while (actions < targetActions) {
    let state = start(scenario);
    while (!view(scenario, state).ended) {
      const options = possibleActions(scenario, state).filter((a: Action) => a.type !== 'flag' && a.type !== 'unflag');
      state = act(scenario, state, options[Math.floor(random() * options.length)]!);
      actions++;
    }
    runs++;
  }
  const seconds = (performance.now() - t0) / 1000;

  const course: CourseIndex = {
    modules: new Set(['bench']), lessons: new Set(['bench/lesson']), sections: new Map([['bench/lesson', new Set()]]),
    scenarios: new Set(['bench']), quizzes: new Set(), glossary: new Set(),
  };
  const v0 = performance.now();
  const problems = checkScenario('scenarios/bench.yaml', scenario, course, new Set(['a.svg']));
  const validationMs = performance.now() - v0;
  return { nodeCount, actions, runs, actionsPerSecond: Math.round(actions / seconds), validationMs: Math.round(validationMs), problems: problems.length, sample: problems.slice(0, 3) };
}
