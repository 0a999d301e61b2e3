import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { specOf, specsAfterTurnsOn, userStrategiesOf } from './test_support/spec_of.js';

const specAfter = specsAfterTurnsOn('2025-11-20');

describe('requests written wholly in Portuguese, Spanish, French or Italian', () => {
  it('Portuguese months with "de" before the year, joined by "até", and an exponential crossing in words', () => {
    const spec = specAfter(['Olá, quero testar cruzamento de médias móveis exponenciais 10 e 30 no bitcoin, de janeiro de 2023 até junho de 2024, com taxa de 0,1%.']);
    expect(spec.symbols).toEqual(['BTC']);
    expect(spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([expect.objectContaining({ name: 'ema_crossover', params: { short: 10, long: 30 } })]);
    expect(spec.date_range).toEqual({ start: '2023-01-01', end: '2024-06-30' });
  });

  it('French elision before a ticker, thresholds in French, and "depuis le 1er septembre 2022"', () => {
    const spec = specAfter(['Bonjour, pouvez-vous faire un backtest de la stratégie RSI sur l\'ETH avec période 21, seuils 25 et 75, depuis le 1er septembre 2022 ? Capital initial 20 000 dollars.']);
    expect(spec.symbols).toEqual(['ETH']);
    expect(spec.strategies.filter((strategy) => !strategy.baseline)).toEqual([expect.objectContaining({ name: 'rsi_mean_reversion', params: { period: 21, lower: 25, upper: 75 } })]);
    expect(spec.date_range).toEqual({ start: '2022-09-01', end: '2025-11-20' });
    expect(spec.initial_capital).toBe(20000);
  });

  it('"ouro" is gold and "nos últimos 5 anos" the trailing five years', () => {
    const spec = specAfter(['Dá pra testar o ouro com a estratégia de Donchian 30/15 nos últimos 5 anos?']);
    expect(spec.symbols).toEqual(['GLD']);
    expect(spec.date_range).toEqual({ start: '2020-11-20', end: '2025-11-20' });
  });

  it.each([
    ['sma 20 50 no bitcoin de março de 2021 a maio de 2022', '2021-03-01', '2022-05-31'],
    ['cruce de medias 20 y 50 en BTC de enero de 2023 hasta junio de 2024', '2023-01-01', '2024-06-30'],
    ['rsi en BTC desde marzo de 2021', '2021-03-01', '2026-01-10'],
    ['rsi sur ETH du 1er mars 2021 au 30 juin 2022', '2021-03-01', '2022-06-30'],
    ['rsi su ETH da gennaio 2023 a giugno 2024', '2023-01-01', '2024-06-30'],
    ['rsi en ETH desde el 1 de marzo de 2021', '2021-03-01', '2026-01-10'],
    ['macd no ETH nos últimos 6 meses', '2025-07-10', '2026-01-10'],
  ])('"%s"', (text, start, end) => {
    expect(specOf(text).date_range).toEqual({ start, end });
  });

  it.each([
    ["rsi sur l'or depuis 2021", 'GLD'],
    ["rsi sull'oro", 'GLD'],
    ['rsi en el oro', 'GLD'],
    ["backtest d'Apple avec rsi", 'AAPL'],
    ["rsi sur l'action Apple", 'AAPL'],
  ])('"%s" names %s', (text, symbol) => {
    expect(specOf(text).symbols).toEqual([symbol]);
  });

  it('thresholds joined by the writer\'s "and": "umbrales 30 y 70"', () => {
    expect(userStrategiesOf('rsi btc umbrales 30 y 70')).toEqual([expect.objectContaining({ params: { lower: 30, upper: 70 } })]);
  });
});

describe('must not change', () => {
  it('English "or" is never gold', () => {
    expect(specOf('rsi on btc or eth').symbols).toEqual(['BTC', 'ETH']);
    expect(specOf('rsi on gld or btc').symbols).toEqual(['GLD', 'BTC']);
  });

  it('a foreign month without its year is no date ("mai", "mars")', () => {
    expect(specOf('rsi btc in mai').date_range).toBeUndefined();
    expect(specOf('rsi on btc, mars rover style').date_range).toBeUndefined();
  });

  it('"ago" stays English', () => {
    expect(specOf('rsi on btc since 2 years ago').date_range?.end).toBe('2026-01-10');
  });

  it('"a" between a year and a setting links nothing', () => {
    const outcome = parseRequest('rsi on btc in 2021 a 14 period', { today: '2026-01-10' });
    expect(outcome.ok ? outcome.spec.date_range : undefined).toEqual({ start: '2021-01-01', end: '2021-12-31' });
  });

  it('English month ranges keep their reading', () => {
    expect(specOf('rsi on btc from march 2021 to may 2022').date_range).toEqual({ start: '2021-03-01', end: '2022-05-31' });
  });
});
