import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

const HISTORY = ['sol macd 2022-2024', 'add buy and hold too'];

describe('a follow-up that makes, changes or runs "it" on a name that is also a word reads the name as the new instrument', () => {
  it('"ok now make it ada instead 😂" after "sol macd 2022-2024 🙏", "add buy and hold too 👍" runs ADA with both strategies', () => {
    const spec = specOf('ok now make it ada instead 😂', ['sol macd 2022-2024 🙏', 'add buy and hold too 👍']);
    expect(spec.symbols).toEqual(['ADA']);
    expect(spec.strategies.filter((strategy) => !strategy.baseline).map((strategy) => strategy.name)).toEqual(['macd', 'buy_and_hold']);
    expect(spec.date_range).toEqual({ start: '2022-01-01', end: '2024-12-31' });
  });

  it.each([
    ['make it ada', ['ADA']],
    ['same but make it ada', ['ADA']],
    ['can you make it ada instead?', ['ADA']],
    ['make this one ada', ['ADA']],
    ['make it dot', ['DOT']],
    ['make it link instead', ['LINK']],
    ['make it gold instead', ['GLD']],
    ['change it to ada', ['ADA']],
    ['switch that over to ada instead', ['ADA']],
    ['run it with ada instead', ['ADA']],
    ["let's do ada instead", ['ADA']],
    ['make it ada and eth', ['ADA', 'ETH']],
  ])('"%s" runs %j', (text, symbols) => {
    expect(specOf(text, HISTORY).symbols).toEqual(symbols);
  });
});

describe('must not change', () => {
  it.each([
    ['make it eth instead', ['ETH']],
    ['ada instead of sol', ['ADA']],
    ['ok, what about ada', ['ADA']],
    ['go back to ada', ['ADA']],
    // An article or a pronoun before the word keeps it everyday English.
    ['send me the link instead', ['SOL']],
    ['use the link instead', ['SOL']],
    // Greeting Ada, then changing something else.
    ['Ada, make it weekly', ['SOL']],
    ['make it 2023', ['SOL']],
  ])('"%s" runs %j', (text, symbols) => {
    expect(specOf(text, HISTORY).symbols).toEqual(symbols);
  });
});
