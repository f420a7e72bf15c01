// The saved play state per scenario: resume, refuse anything the engine's restore() refuses, survive broken storage.
import { cleanTestStorage, getTestStorage, setPersistentEngine, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, restore, start, view, type RunState } from '../../src/engine/scenario';
import { clearRun, decodeRun, loadRun, runKey, saveRun } from '../../src/stores/scenario-run';
import { loadFixture } from '../fixtures/scenarios/load';

const scenario = loadFixture('mini');
const KEY = runKey('mini');

/** A run part-way through: messages revealed, one choice made, one message flagged. */
function midRun(): RunState {
  let s = act(scenario, start(scenario), { type: 'skip' });
  s = act(scenario, s, { type: 'flag', message: 'm2' });
  s = act(scenario, s, { type: 'choose', choice: 'video' });
  return act(scenario, s, { type: 'skip' });
}

describe('decodeRun', () => {
  it('starts fresh, without a notice, when nothing is saved', () => {
    expect(decodeRun(scenario, undefined, restore)).toEqual({ state: start(scenario), notice: null });
    expect(decodeRun(scenario, '', restore)).toEqual({ state: start(scenario), notice: null });
  });

  it('resumes a saved run exactly, and says so', () => {
    const saved = midRun();
    const loaded = decodeRun(scenario, JSON.stringify(saved), restore);
    expect(loaded.notice).toBe('resumed');
    expect(loaded.state).toEqual(saved);
    expect(view(scenario, loaded.state).choices.map((c) => c.id)).toEqual(['report-it', 'pay-anyway']);
  });

  it('does not announce a resume of a run that never moved', () => {
    expect(decodeRun(scenario, JSON.stringify(start(scenario)), restore).notice).toBeNull();
  });

  it.each([
    ['broken JSON', '{"v":1,'],
    ['not an object', '"hello"'],
    ['another version', JSON.stringify({ ...start(scenario), v: 2 })],
    ['a node this scenario lacks', JSON.stringify({ ...start(scenario), node: 'gone' })],
    ['a huge value', JSON.stringify({ ...start(scenario), pad: 'x'.repeat(200_000) })],
    ['script in the data', JSON.stringify({ ...start(scenario), node: '<img src=x onerror=alert(1)>' })],
  ])('starts fresh with the "corrupt" notice for %s', (_, stored) => {
    expect(decodeRun(scenario, stored, restore)).toEqual({ state: start(scenario), notice: 'corrupt' });
  });
});

describe('loadRun / saveRun / clearRun', () => {
  beforeEach(() => useTestStorageEngine());
  afterEach(() => cleanTestStorage());

  it('saves under vf:run:<scenario> and loads it back', async () => {
    const state = midRun();
    saveRun('mini', state);
    expect(JSON.parse(getTestStorage()[KEY]!)).toEqual(state);
    expect(await loadRun(scenario, 'mini')).toEqual({ state, notice: 'resumed' });
  });

  it('keeps each scenario apart', async () => {
    saveRun('mini', midRun());
    expect(await loadRun(scenario, 'other')).toEqual({ state: start(scenario), notice: null });
  });

  it('forgets the run on clear', async () => {
    saveRun('mini', midRun());
    clearRun('mini');
    expect(getTestStorage()[KEY]).toBeUndefined();
    expect((await loadRun(scenario, 'mini')).notice).toBeNull();
  });

  it('drops a corrupt saved run, so the notice shows once', async () => {
    setTestStorageKey(KEY, 'not json');
    expect((await loadRun(scenario, 'mini')).notice).toBe('corrupt');
    expect(getTestStorage()[KEY]).toBeUndefined();
    expect((await loadRun(scenario, 'mini')).notice).toBeNull();
  });

  it('keeps playing when storage refuses to write', async () => {
    const full = new Proxy({} as Record<string, string>, {
      set() { throw new Error('QuotaExceededError'); },
      deleteProperty() { throw new Error('SecurityError'); },
    });
    setPersistentEngine(full, { addEventListener() {}, removeEventListener() {} });
    expect(() => saveRun('mini', midRun())).not.toThrow();
    expect(() => clearRun('mini')).not.toThrow();
    expect(await loadRun(scenario, 'mini')).toEqual({ state: start(scenario), notice: null });
  });
});
