import { describe, expect, it } from 'vitest';

import { itemFlags } from './item-flags';

describe('item flags', () => {
  it.each([
    [{ facility: 0.19, discrimination: 0.5 }, ['veryHard']],
    [{ facility: 0.2, discrimination: 0.5 }, []],
    [{ facility: 0.9, discrimination: 0.5 }, []],
    [{ facility: 0.91, discrimination: 0.5 }, ['veryEasy']],
    [{ facility: 0.5, discrimination: 0.2 }, []],
    [{ facility: 0.5, discrimination: 0.19 }, ['weak']],
    [{ facility: 0.5, discrimination: 0 }, ['weak']],
    [{ facility: 0.5, discrimination: -0.01 }, ['negative']],
    [{ facility: 0.05, discrimination: -0.3 }, ['veryHard', 'negative']],
    [{ facility: null, discrimination: null }, []],
  ] as const)('flags %o as %o', (item, flags) => {
    expect(itemFlags(item)).toEqual(flags);
  });
});
