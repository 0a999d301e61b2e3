import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';

const exitChanged = ['donchian breakout on btc from jan 2024 to june 2025, 4h bars', 'exit period 15 please'];

describe('"undo that last change": the previous message set aside', () => {
  it.each(['undo that last change', 'undo this last edit', 'revert that latest tweak', 'undo the previous change', 'undo my last step'])('"%s"', (text) => {
    expect(userStrategiesOf(text, exitChanged)).toEqual([{ name: 'donchian_breakout' }]);
    expect(specOf(text, exitChanged).interval).toBe('4h');
  });
});

describe('must not change', () => {
  it('"undo that" still undoes', () => {
    expect(userStrategiesOf('undo that', exitChanged)).toEqual([{ name: 'donchian_breakout' }]);
  });
});
