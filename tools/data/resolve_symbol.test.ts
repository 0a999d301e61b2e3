import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { BacktestPilotError } from '../errors.js';
import { loadSeries } from './load_series.js';
import { resolveSymbol, suggestSymbol } from './resolve_symbol.js';
import { getSupportedSymbols } from './supported_symbols.js';
import { normalizeSymbol } from './symbol_aliases.js';

const dataDir = path.resolve(process.env.BTP_DATA_DIR ?? 'data/sample');
const HELD_SYMBOLS = ['AAPL', 'ADA', 'BNB', 'BTC', 'DOGE', 'ETH', 'GLD', 'LTC', 'MSFT', 'QQQ', 'SOL', 'SPY', 'XRP'];

async function failureOf(action: Promise<unknown>): Promise<BacktestPilotError> {
  const error = await action.then(() => undefined, (reason: unknown) => reason);
  if (!(error instanceof BacktestPilotError)) throw new Error(`expected a BacktestPilotError, got ${String(error)}`);
  return error;
}

describe('resolveSymbol on the shared data', () => {
  it.each([
    ['bitcoin', 'BTC'], ['BTC/USDT', 'BTC'], ['btc-usd', 'BTC'], ['BTCUSDT', 'BTC'], [' btc ', 'BTC'],
    ['ether', 'ETH'], ['Ethereum', 'ETH'], ['Ripple', 'XRP'], ['solana', 'SOL'], ['cardano', 'ADA'],
    ['dogecoin', 'DOGE'], ['litecoin', 'LTC'], ['gold', 'GLD'], ['apple', 'AAPL'], ['S&P 500', 'SPY'], ['nasdaq', 'QQQ'],
  ])('%s → %s', async (raw, symbol) => {
    expect(await resolveSymbol(dataDir, raw)).toBe(symbol);
  });

  it('rejects an unknown symbol with the known ones and the nearest as a suggestion', async () => {
    const error = await failureOf(resolveSymbol(dataDir, 'bitcon'));
    expect(error.code).toBe('unknown_symbol');
    expect(error.details).toEqual({ symbol: 'bitcon', available_symbols: HELD_SYMBOLS, suggestion: 'BTC' });
    expect(error.message).toContain('did you mean BTC?');
    expect(error.message).toContain(HELD_SYMBOLS.join(', '));
  });

  it('says a recognised instrument has no data rather than calling it unknown text', async () => {
    const error = await failureOf(resolveSymbol(dataDir, 'avalanche'));
    expect(error.code).toBe('unknown_symbol');
    expect(error.message).toContain('no data for symbol AVAX');
  });

  it('needs a symbol at all', async () => {
    expect((await failureOf(resolveSymbol(dataDir, '  '))).code).toBe('no_symbol');
  });

  it('finds no symbol in the names of Object.prototype (found by the property below)', async () => {
    for (const raw of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect((await failureOf(resolveSymbol(dataDir, raw))).code).toBe('unknown_symbol');
    }
  });

  it('matches the listing, whatever text comes in', async () => {
    const held = new Set((await getSupportedSymbols(dataDir)).map((info) => info.symbol));
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 30 }), async (raw) => {
      const outcome = await resolveSymbol(dataDir, raw).catch((error: BacktestPilotError) => error.code);
      expect(held.has(outcome) || outcome === 'unknown_symbol' || outcome === 'no_symbol').toBe(true);
    }), { numRuns: 100 });
  });
});

describe('normalizeSymbol: one spelling of each instrument, as file names and requests write it', () => {
  it.each([
    ['brk-b', 'BRK.B'], ['BRK.B', 'BRK.B'], ['bf-b', 'BF.B'], ['vod.l', 'VOD.L'], ['7203.t', '7203.T'], ['SHOP.TO', 'SHOP.TO'],
    ['^GSPC', 'GSPC'], ['^gspc', 'GSPC'],
    // Three letters or more after the dash are a quote currency: a pair, not a share class.
    ['BTC-USD', 'BTC'], ['eth-usdt', 'ETH'], ['BTC/USDT', 'BTC'],
  ])('%s → %s', (raw, symbol) => {
    expect(normalizeSymbol(raw)).toBe(symbol);
  });
});

describe('suggestSymbol', () => {
  it('compares with both symbols and aliases', () => {
    expect(suggestSymbol('etherium', HELD_SYMBOLS)).toBe('ETH');
    expect(suggestSymbol('MSFTT', HELD_SYMBOLS)).toBe('MSFT');
    expect(suggestSymbol('appel', HELD_SYMBOLS)).toBe('AAPL');
    expect(suggestSymbol('anything', [])).toBeUndefined();
  });
});

describe('a symbol can never make the loader read outside the data directory', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'btp-traversal-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const inside = path.join(root, 'data');
  const outside = path.join(root, 'outside');
  mkdirSync(inside);
  mkdirSync(outside);
  const btcText = readFileSync(path.join(dataDir, 'BTC-USDT-1d.csv'), 'utf8').split('\n').slice(0, 6).join('\n');
  writeFileSync(path.join(inside, 'BTC-USDT-1d.csv'), btcText);
  // Valid data files a traversal would love to reach: beside the data directory and in /etc style paths.
  writeFileSync(path.join(outside, 'SECRET-USD-1d.csv'), btcText);
  writeFileSync(path.join(root, 'PASSWD-USD-1d.csv'), btcText);
  symlinkSync(path.join(outside, 'SECRET-USD-1d.csv'), path.join(inside, 'LINKED-USD-1d.csv'));

  it.each([
    '../outside/SECRET-USD-1d.csv', '../outside/SECRET', '../../etc/passwd', '../PASSWD', 'PASSWD', '..\\PASSWD',
    path.join(outside, 'SECRET-USD-1d.csv'), '/etc/passwd', 'SECRET\0', 'BTC\0../outside/SECRET', 'secret',
    'file:///etc/passwd', '%2e%2e%2fPASSWD',
  ])('%j is an unknown symbol', async (raw) => {
    const error = await failureOf(loadSeries(raw, { dataDir: inside }));
    expect(error.code).toBe('unknown_symbol');
    expect(error.details.available_symbols).toEqual(['BTC', 'LINKED']);
  });

  it('follows a symbolic link the user placed in the data folder, by its own name only', async () => {
    expect((await getSupportedSymbols(inside)).map((info) => info.file)).toEqual(['BTC-USDT-1d.csv', 'LINKED-USD-1d.csv']);
    expect((await loadSeries('LINKED', { dataDir: inside })).file).toBe('LINKED-USD-1d.csv');
  });
});
