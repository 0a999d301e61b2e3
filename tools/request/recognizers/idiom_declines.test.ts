import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';

const TODAY = '2025-11-20';

function readOf(text: string) {
  const outcome = parseRequest(text, { today: TODAY });
  if (!outcome.ok) throw new Error(`${text}: ${outcome.error.code}`);
  return { symbols: outcome.spec.symbols, notes: outcome.notes };
}

describe('a symbol turned down with an idiom is left out like "leave Bitcoin out" (before: run, "dead" ignored)', () => {
  it.each<[string, string[], string]>([
    ['Bitcoin is dead to me. Ethereum, EMA 9/21 since 2022', ['ETH'], 'Bitcoin'],
    ["I'm done with XRP. Run RSI on SOL for 2023", ['SOL'], 'XRP'],
    ['forget Solana, macd on ETH 2021 to 2023', ['ETH'], 'Solana'],
    ['Dogecoin can go to hell, sma crossover on BTC since 2020', ['BTC'], 'Dogecoin'],
    ['ETH? no thanks. bollinger on BTC for 2022', ['BTC'], 'ETH'],
    ['Bitcoin? no thanks, give me Ethereum with RSI over 2023', ['ETH'], 'Bitcoin'],
    ["honestly I'm so fed up with bitcoin; test momentum on gold since 2015", ['GLD'], 'bitcoin'],
    ["I'm through with Apple — Microsoft, golden cross, since 2010", ['MSFT'], 'Apple'],
    ['we are sick of litecoin, so run macd on ADA for 2022', ['ADA'], 'litecoin'],
  ])('"%s" runs only %j', (text, symbols, declined) => {
    const { symbols: read, notes } = readOf(text);
    expect(read).toEqual(symbols);
    expect(notes).toContain(`read '${declined}' as a symbol you turn down: no run uses it`);
    // The idiom's own words are read with what they turn down.
    expect(notes.filter((note) => note.startsWith('ignored:')).join(' ')).not.toMatch(/dead|forget|hell|thanks|done|through|fed|sick/);
  });

  it.each<[string, string[]]>([
    // Must not change: named alone there is nothing else to run; nobody turns anything down.
    ['Bitcoin is dead to me', ['BTC']],
    ['once you are done with the BTC test, run macd on ETH and BTC for 2022', ['BTC', 'ETH']],
    ["don't forget BTC, run macd on ETH and BTC for 2022", ['BTC', 'ETH']],
    ['leave Bitcoin out of it, EMA 9/21 on Ethereum since 2022', ['ETH']],
    ['compare macd on BTC and ETH for 2022', ['BTC', 'ETH']],
  ])('"%s" runs %j', (text, symbols) => expect(readOf(text).symbols).toEqual(symbols));
});
