import { describe, expect, it } from 'vitest';
import { specOf, userStrategiesOf } from './test_support/spec_of.js';
import { tokenize } from './tokenizer.js';

describe('a decimal comma before a percent word of another language', () => {
  it.each([
    ['sma on BTC 2023, fees 0,1 procent', 10],
    ['sma on BTC 2023, fees 0,1 Prozent', 10],
    ['sma on BTC 2023, fees 0,2 por ciento', 20],
    ['sma on BTC 2023, fees 0,1 pour cent', 10],
    ['sma on BTC 2023, fees 0,1 per cento', 10],
    ['sma on BTC 2023, fees 0,1 percento', 10],
    ['sma on BTC 2023, fees 0,1 porcento', 10],
    ['sma on BTC 2023, fees 0,1%', 10],
    ['sma on BTC 2023, fees 0,1 percent', 10],
    ['sma on BTC 2023, fees 0.125%', 12.5],
  ])('"%s" is %d bps (before: "procent" was no unit and the fee read 0)', (text, bps) => {
    expect(specOf(text).fees_bps).toBeCloseTo(bps);
  });
});

describe('dots grouping thousands in money', () => {
  it.each([
    ['sma on BTC 2023, starting capital 20.000 dolar', 20000],
    ['sma on BTC 2023, starting capital 20.000', 20000],
    ['sma on BTC 2023, capital 50.000 euro', 50000],
    ['sma on BTC 2023, capital: 1.500.000', 1500000],
    ['sma on BTC 2023 with 5000 dólares', 5000],
    ['sma on BTC 2023 with 20.000 dollari', 20000],
  ])('"%s" is %d (before: 20)', (text, capital) => {
    expect(specOf(text).initial_capital).toBe(capital);
  });

  it('decimals elsewhere keep their dot: "std 2.5", "1.5 million"', () => {
    expect(userStrategiesOf('bollinger 20 std 2.5 on ETH 2022')[0]).toEqual({ name: 'bollinger_bands', params: { period: 20, std_dev: 2.5 } });
    expect(specOf('sma on BTC 2023 with 1.5 million').initial_capital).toBe(1500000);
    expect(specOf('sma on BTC 2023, capital 1.5 million').initial_capital).toBe(1500000);
  });
});

describe('a per cent sign written before the number', () => {
  it.each([
    'portfolio: BTC %60 and ETH %40, buy and hold 2021 to 2023',
    'portfolio BTC %60, ETH %40 buy and hold 2021-2023',
    'buy and hold %60 BTC and %40 ETH 2021 to 2023',
  ])('"%s" weighs BTC 0.6, ETH 0.4', (text) => {
    expect(specOf(text).portfolio?.weights).toEqual({ BTC: 0.6, ETH: 0.4 });
  });

  it('"%25 drawdown" is a target', () => {
    expect(specOf('macd on QQQ 2020, max drawdown %25').targets).toEqual({ max_drawdown: { operator: '>=', value: -0.25 } });
    expect(specOf('macd on QQQ 2020 with %20 drawdown max').targets).toEqual({ max_drawdown: { operator: '>=', value: -0.2 } });
  });

  it('a sign joined to a number before it stays where it is', () => {
    expect(tokenize('5%60').map((token) => token.text)).toEqual(['5', '%', '60']);
    expect(tokenize('%60').map((token) => token.text)).toEqual(['60', '%']);
  });
});

describe('the standard deviation named in other languages', () => {
  it.each([
    ['Bollinger on the ETH 2022 with period 20 and 2,5 écart-type (standard deviation)', 2.5],
    ['bollinger on ETH 2022, period 20, ecart type 1,5', 1.5],
    ['bollinger on ETH 2022, period 20, desviación estándar 2,5', 2.5],
    ['bollinger on ETH 2022, period 20 with 2 desviaciones estándar', 2],
    ['bollinger on ETH 2022, period 20 with desvio padrão de 2,5', 2.5],
    ['bollinger on ETH 2022, period 20, deviazione standard di 1,8', 1.8],
    ['bollinger on ETH 2022, period 20 and 1,5 Standardabweichung', 1.5],
  ])('"%s" has std_dev %d', (text, stdDev) => {
    expect(userStrategiesOf(text)[0]).toEqual({ name: 'bollinger_bands', params: { period: 20, std_dev: stdDev } });
  });

  it('a plain list keeps its numbers: "bollinger 20,2"', () => {
    expect(userStrategiesOf('bollinger 20 std 2 on ETH 2022')[0]).toEqual({ name: 'bollinger_bands', params: { period: 20, std_dev: 2 } });
  });
});

describe('an RSI level with the subject dropped', () => {
  it.each([
    'rsi on SOL 2024, buy when it is under 25 and sell when is over 75',
    'rsi on SOL 2024, buy when is below 25, sell when is above 75',
    'rsi on SOL 2024 buy when goes under 25 and sell when goes back above 75',
  ])('"%s" reads both levels', (text) => {
    expect(userStrategiesOf(text)[0]).toEqual({ name: 'rsi_mean_reversion', params: { lower: 25, upper: 75 } });
  });

  it('"buy when is above 70" is another rule, left unread', () => {
    expect(userStrategiesOf('rsi on SOL 2024, buy when is above 70')[0]).toEqual({ name: 'rsi_mean_reversion' });
  });
});

describe('an article before a target\'s value', () => {
  it.each([
    ['macd on QQQ 2020, the drawdown must stay under the 25%', { max_drawdown: { operator: '>=', value: -0.25 } }],
    ['macd on QQQ 2020, drawdown under the 20 percent', { max_drawdown: { operator: '>=', value: -0.2 } }],
    ['macd on QQQ 2020, sharpe minimum the 1.2', { sharpe_ratio: { operator: '>=', value: 1.2 } }],
    ['macd on QQQ 2020 with sharpe above the 1,5', { sharpe_ratio: { operator: '>', value: 1.5 } }],
  ])('"%s"', (text, targets) => {
    expect(specOf(text).targets).toEqual(targets);
  });

  it('a number after "the" that goes on is no target: "sharpe above the 1 of buy and hold"', () => {
    expect(specOf('sma on QQQ 2020 with sharpe above the 1 of buy and hold').targets ?? {}).toEqual({});
    expect(specOf('sma on QQQ 2020, keep the drawdown under the 2 others').targets ?? {}).toEqual({});
  });
});

describe('K-line is a candle', () => {
  it.each([
    ['backtest ETH 2024 use 1h K-line, EMA 12 and 26', '1h'],
    ['backtest ETH 2024 on 4h K-line with ema 12 26', '4h'],
    ['backtest ETH 2024 1h kline ema 12 26', '1h'],
    ['backtest ETH 2024 with 4 hour candles K线, ema 12 26', '4h'],
    ['backtest ETH 2024 ema 12 26 on 1h K线', '1h'],
  ])('"%s" is %s bars', (text, interval) => {
    expect(specOf(text).interval).toBe(interval);
  });
});

describe('politeness of other languages is no ticker', () => {
  const history = ['Please test SMA crossover 20/50 on BTC from 2020 to 2023.'];
  it.each(['bitte', 'danke', 'por favor', 'gracias', 'merci', "s'il vous plaît", 'prego', 'grazie', 'obrigado', 'spasibo', 'arigato', 'onegai',
    'lütfen', 'xie xie', 'shukran', 'dziękuję'])('"And now the same with ETH instead of BTC, %s."', (word) => {
    const spec = specOf(`And now the same with ETH instead of BTC, ${word}.`, history);
    expect(spec.symbols).toEqual(['ETH']);
    expect((spec.notes ?? []).some((note) => note.startsWith('ignored'))).toBe(false);
  });

  it('an unknown ticker listed with a known one is still named: "btc and tlt 2020"', () => {
    expect(specOf('btc and tlt 2020 buy and hold').symbols).toContain('TLT');
  });
});
