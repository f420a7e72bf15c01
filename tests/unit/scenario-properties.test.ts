// Property tests of the engine on the fixture: every run ends, results are deterministic, saves resume exactly.
import { describe, expect, it } from 'vitest';
import { enumeratePaths } from '../../src/engine/scenario';
import { loadFixture } from '../fixtures/scenarios/load';
import { checkProperties } from '../fixtures/scenarios/properties';

const mini = loadFixture('mini');

describe('scenario engine properties (mini fixture)', () => {
  it('holds for random play', () => {
    checkProperties(mini, 300);
  });

  it('enumerates every ending with a path that reaches it', () => {
    const paths = enumeratePaths(mini);
    expect([...paths.keys()].sort()).toEqual(['lost', 'partly', 'safe', 'safe-quiet']);
    expect(paths.get('lost')).toEqual([{ type: 'skip' }, { type: 'choose', choice: 'trust' }, { type: 'skip' }]);
  });
});
