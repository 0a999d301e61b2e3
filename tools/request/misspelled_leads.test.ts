import { describe, expect, it } from 'vitest';
import { correctLeads } from './misspelled_leads.js';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';
import { tokenize } from './tokenizer.js';

const norms = (text: string) => correctLeads(tokenize(text)).tokens.map((token) => token.norm).join(' ');

describe('a short word leading a number, mistyped, is read as the word it misspells', () => {
  it.each([
    ['rsi meen reversoin on etherium 21 perod, buy undr 25 sell ovr 75, las 12 monts', { period: 21, lower: 25, upper: 75 }],
    ['rsi on eth 2024, buy belw 30 sell abve 70', { lower: 30, upper: 70 }],
    ['rsi on eth 2024, buy udner 20 sell aboev 80', { lower: 20, upper: 80 }],
  ])('"%s"', (text, params) => {
    expect(userStrategiesOf(text)[0]?.params).toEqual(params);
  });

  it.each([
    ['sma on spy las 12 monts', '2025-01-10'],
    ['sma on spy lsat 2 years', '2024-01-10'],
  ])('"%s" is a span back from today', (text, start) => {
    expect(specOf(text).date_range).toEqual({ start, end: '2026-01-10' });
  });

  it.each([
    ['sma on spy 2020, fess 5 bps', 5],
    ['sma on spy 2020, fes 5bps', 5],
    ['sma on spy 2020, feez 0.2%', 20],
  ])('"%s" sets the fees', (text, fees) => {
    expect(specOf(text).fees_bps).toBe(fees);
  });
});

describe('must not change: real words, and slips away from their number', () => {
  it.each([
    'buy blow 30', 'oven 25', 'abode 70', 'lost 12 months', 'lats 12 months', 'feed 5 bps', 'feet 5 bps', 'fess 5', 'fess up 5 bps',
    'undr the 25', 'las vegas 2020', 'unde 12 months',
  ])('"%s"', (text) => {
    expect(norms(text)).toBe(tokenize(text).map((token) => token.norm).join(' '));
  });

  it('"sma on spy 2020, fess 5" leaves the fees alone', () => {
    expect(specOf('sma on spy 2020, fess 5').fees_bps).toBe(10);
  });
});
