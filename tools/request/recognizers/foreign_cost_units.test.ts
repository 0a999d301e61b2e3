import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

describe('basis points written in other languages are the cost they name', () => {
  it.each([
    ['Donchian Breakout on ETH over 2020 to 2024. The fees please with 5 Basispunkte calculate.', 5],
    ['sma on btc 2023, Gebühren 5 Basispunkte', 5],
    ['sma on btc 2023, Gebuehren von 7 Basispunkten', 7],
    ['sma on btc 2023, comisión de 5 puntos básicos', 5],
    ['sma on btc 2023, frais de 5 points de base', 5],
    ['sma on btc 2023, taxa de 5 pontos base', 5],
    ['sma on btc 2023, taxa de 6 pontos-base', 6],
    ['sma on btc 2023, commissione 5 punti base', 5],
    ['sma on btc 2023, fees 5 pb', 5],
    ['sma on btc 2023, comisión 8 pb', 8],
    ['sma on btc 2023, 5 pb de comisión', 5],
    ['sma on btc 2023, fees 5 bps', 5],
  ])('"%s" is fees of %i bps', (text, bps) => {
    expect(specOf(text).fees_bps).toBe(bps);
  });

  it('slippage in Basispunkte is slippage', () => {
    const spec = specOf('sma on btc 2023, 7 Basispunkte slippage');
    expect(spec.slippage_bps).toBe(7);
    expect(spec.fees_bps).toBe(10);
  });
});

describe('must not change: "pb" away from a fee word, and a tax in percent with no trade', () => {
  it.each(['sma on btc 2023 with 5 pb', 'sma on btc 2023, taxa de 0,2%', 'sma on btc 2023, 20% capital gains tax'])('"%s" keeps the default fees', (text) => {
    expect(specOf(text).fees_bps).toBe(10);
  });

  it('a tax per trade is still the commission', () => {
    expect(specOf('sma on btc 2023, taxes of 0.2% per operation').fees_bps).toBe(20);
  });
});
