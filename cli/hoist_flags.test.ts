import { describe, expect, it } from 'vitest';
import { hoistFlags } from './hoist_flags.js';

const FLAGS = new Set(['--offline', '--drop-invalid']);
const argv = (...args: string[]) => ['node', 'btp', ...args];

describe('program-wide flags after the command', () => {
  it('moves them before the command, keeping every other argument in order', () => {
    expect(hoistFlags(argv('ask', 'sma on BTC 2022', '--offline', '--json'), FLAGS)).toEqual(argv('--offline', 'ask', 'sma on BTC 2022', '--json'));
    expect(hoistFlags(argv('data', 'fetch', 'BTC', '--drop-invalid', '--offline'), FLAGS)).toEqual(argv('--drop-invalid', '--offline', 'data', 'fetch', 'BTC'));
  });

  it('leaves a flag written first, or twice, as one', () => {
    expect(hoistFlags(argv('--offline', 'symbols', '--offline'), FLAGS)).toEqual(argv('--offline', 'symbols'));
  });

  it('leaves operands after -- alone', () => {
    expect(hoistFlags(argv('parse', '--', '--offline'), FLAGS)).toEqual(argv('parse', '--', '--offline'));
  });

  it('changes nothing when there is no such flag', () => {
    expect(hoistFlags(argv('backtest', '--symbols', 'BTC'), FLAGS)).toEqual(argv('backtest', '--symbols', 'BTC'));
  });
});
