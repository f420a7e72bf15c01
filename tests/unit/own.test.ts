// hasOwn and own: own keys only, so ids like "constructor" or "__proto__" from outside data never reach Object.prototype.
import { describe, expect, it } from 'vitest';
import { hasOwn, own } from '../../src/engine/own';

describe('hasOwn / own', () => {
  it('sees own keys, including ones whose value is undefined, and never inherited ones', () => {
    const record: Record<string, number | undefined> = { a: 1, b: undefined };
    expect(hasOwn(record, 'a')).toBe(true);
    expect(hasOwn(record, 'b')).toBe(true);
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(hasOwn(record, key)).toBe(false);
      expect(own(record, key)).toBeUndefined();
    }
    expect(own(record, 'a')).toBe(1);
  });
  it('works on objects without a prototype and on ones that shadow hasOwnProperty', () => {
    const bare = Object.assign(Object.create(null) as Record<string, number>, { x: 2 });
    expect(own(bare, 'x')).toBe(2);
    const shadow = { hasOwnProperty: () => true } as Record<string, unknown>;
    expect(hasOwn(shadow, 'missing')).toBe(false);
  });
});
