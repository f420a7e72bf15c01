// The page hands the chat island one language; the engine must play the shrunk scenario exactly as the full one.
import { describe, expect, it } from 'vitest';
import { act, enumeratePaths, result, start, view } from '../../src/engine/scenario';
import { localizeScenario } from '../../src/islands/messenger/localize';
import { loadFixture } from '../fixtures/scenarios/load';

const full = loadFixture('mini');

describe('localizeScenario', () => {
  it('keeps only the page language, except the names the transfer screen checks', () => {
    const zh = localizeScenario(full, 'zh-cn');
    expect(zh.title).toEqual({ 'zh-cn': '小测试' });
    expect(zh.nodes.hello!.messages![0]).toMatchObject({ id: 'm1', text: { 'zh-cn': '在吗？' } });
    const transfer = zh.nodes.ask!.tools!.find((t) => t.type === 'transfer')!.transfer!;
    expect(transfer.payee).toEqual({ en: 'Zhang Wei', 'zh-cn': '张伟' });
    expect(transfer.expected).toEqual({ en: 'Li Wei', 'zh-cn': '李伟' });
    expect(JSON.stringify(zh)).not.toContain('You there?');
  });

  it('leaves ids, numbers and structure alone, so every path plays to the same result', () => {
    for (const locale of ['en', 'zh-cn'] as const) {
      const small = localizeScenario(full, locale);
      for (const [ending, actions] of enumeratePaths(full)) {
        let a = start(full);
        let b = start(small);
        for (const action of actions) { a = act(full, a, action); b = act(small, b, action); }
        expect(b).toEqual(a);
        expect(result(small, b)?.ending.id).toBe(ending);
        expect(result(small, b)?.score).toBe(result(full, a)?.score);
        expect(view(small, b).messages.map((m) => m.id)).toEqual(view(full, a).messages.map((m) => m.id));
      }
    }
  });
});
