import { describe, expect, it } from 'vitest';
import { parseMemoryQuestion } from './recognizers/memory_question.js';
import { PHRASE_TEST_TODAY, specOf } from './test_support/spec_of.js';

const BTC_MACD_2021_2023 = ['hola, quiero un backtest de bitcoin con macd, 2021 a 2023'];

describe('Spanish mixed into English requests (Spanglish)', () => {
  describe('"desde el 2019" is an open start, as "desde 2019" is', () => {
    it.each([
      ['necesito el rsi en bitcoin con period 10 y bandas 25/75, desde el 2019, please', '2019-01-01', PHRASE_TEST_TODAY],
      ['rsi en bitcoin desde el año 2019', '2019-01-01', PHRASE_TEST_TODAY],
      ['rsi en btc desde el marzo 2021', '2021-03-01', PHRASE_TEST_TODAY],
      ['rsi en bitcoin desde el 2019 hasta el 2022', '2019-01-01', '2022-12-31'],
    ])('"%s"', (text, start, end) => {
      expect(specOf(text).date_range).toEqual({ start, end });
    });

    it('"hasta el 2022" is only the end', () => {
      expect(specOf('rsi en bitcoin hasta el 2022').date_range).toEqual({ end: '2022-12-31' });
    });
  });

  describe('"velas" (candles) and "gráfico" (chart) with their size name the bars', () => {
    it.each([
      ['quiero ver el bollinger en BTC con velas de 1 hora, de marzo 2025 hasta septiembre 2025', '1h'],
      ['bollinger en BTC con velas de 4 horas, 2024', '4h'],
      ['bollinger en BTC con velas de una hora 2024', '1h'],
      ['bollinger en BTC con velas de 15 minutos 2024', '15m'],
      ['bollinger en BTC, gráfico de 1h, 2024', '1h'],
      ['bollinger en BTC velas diarias 2024', '1d'],
      ['bollinger en BTC velas semanales 2024', '1w'],
    ])('"%s" runs on %s bars', (text, interval) => {
      expect(specOf(text).interval).toBe(interval);
    });
  });

  describe('"mis últimos N" lists the newest saved runs', () => {
    it.each([
      ['show me mis últimos 3 runs porfa', { limit: 3 }],
      ['muestrame mis ultimas 5 pruebas', { limit: 5 }],
      ['lista mis ultimos 4 resultados', { limit: 4 }],
      ['show me mis runs', { limit: 10 }],
      ['mis últimos 10 backtests de ETH', { limit: 10, symbol: 'ETH' }],
      ['muéstrame mis runs de los últimos 7 días', { limit: 10, days: 7 }],
    ])('"%s"', (text, args) => {
      expect(parseMemoryQuestion(text, PHRASE_TEST_TODAY, [])).toEqual({ tool: 'list_experiments', args });
    });
  });

  describe('shorts let, or not, in Spanish', () => {
    it.each([
      'quiero probar ema crossover 5/20 en SOL, permitiendo shorts, from mid-2022 to the end of 2024, con fees de 0.2%',
      'ema 5/20 en SOL permitir cortos',
      'ema 5/20 en SOL con cortos',
      'ema 5/20 en SOL con shorts',
      'ema 5/20 en SOL, se permiten shorts',
      'ema 5/20 en SOL permitiendo ventas en corto',
    ])('"%s" allows shorts', (text) => {
      expect(specOf(text).allow_short).toBe(true);
    });

    it.each(['ema 5/20 en SOL, sin cortos', 'ema 5/20 en SOL, solo largos', 'ema 5/20 en SOL, no permitir shorts'])('"%s" stays long only', (text) => {
      expect(specOf(text).allow_short).toBe(false);
    });
  });

  describe('a follow-up that moves to another symbol keeps the rest', () => {
    it.each([
      'ahora cámbialo a ethereum, mismas fechas please',
      'ahora con ethereum',
      'lo mismo pero en ethereum',
      'cámbialo a ethereum',
      'ahora cámbialo a ethereum, mismo periodo',
      'now ethereum, mismas fechas porfa',
    ])('"%s"', (text) => {
      const spec = specOf(text, BTC_MACD_2021_2023);
      expect(spec.symbols).toEqual(['ETH']);
      expect(spec.strategies.filter((strategy) => !strategy.baseline).map((strategy) => strategy.name)).toEqual(['macd']);
      expect(spec.date_range).toEqual({ start: '2021-01-01', end: '2023-12-31' });
    });

    it('"cámbialo por rsi" swaps the strategy', () => {
      expect(specOf('cámbialo por rsi', BTC_MACD_2021_2023).strategies.filter((strategy) => !strategy.baseline).map((strategy) => strategy.name)).toEqual(['rsi_mean_reversion']);
    });
  });
});

describe('must not change', () => {
  it('English "the" before a bare year keeps its reading', () => {
    expect(specOf('rsi on btc from the 2019').date_range).toEqual({ start: '2019-01-01', end: '2019-12-31' });
    expect(specOf('rsi on btc since the 2022 bear market').date_range).toEqual({ start: '2022-01-01', end: '2022-12-31' });
    expect(specOf('rsi en bitcoin en el 2019').date_range).toEqual({ start: '2019-01-01', end: '2019-12-31' });
  });

  it('"velas" alone names no bars', () => {
    expect(specOf('bollinger on BTC velas 2024').interval).toBeUndefined();
  });

  it('"con short 5" is the fast window, not shorting', () => {
    const spec = specOf('sma con short 5 y long 20 en SOL');
    expect(spec.allow_short).toBeUndefined();
    expect(spec.strategies.find((strategy) => !strategy.baseline)?.params).toEqual({ short: 5, long: 20 });
  });

  it('"mis" as the English "mis-" of a verb is no saved-run marker', () => {
    expect(parseMemoryQuestion('sorry I mis-typed, rsi on btc 2022', PHRASE_TEST_TODAY, [])).toBeUndefined();
    expect(parseMemoryQuestion('I mis-read my last 3 runs', PHRASE_TEST_TODAY, [])).toEqual({ tool: 'list_experiments', args: { limit: 3 } });
    expect(parseMemoryQuestion('show me my last 5 runs', PHRASE_TEST_TODAY, [])).toEqual({ tool: 'list_experiments', args: { limit: 5 } });
  });

  it('"los últimos 3 años" in a request stays its trailing window', () => {
    expect(parseMemoryQuestion('rsi en btc los últimos 3 años', PHRASE_TEST_TODAY, [])).toBeUndefined();
    expect(specOf('rsi en btc los últimos 3 años').date_range).toEqual({ start: '2023-01-10', end: PHRASE_TEST_TODAY });
  });
});
