import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

describe('a percent is a cost only when it is said to be one', () => {
  it.each([
    'My mother remembers her savings account paying 12% in 1981. Run an EMA 5/20 crossover on XRP for 2020, please.',
    'SMA on ETH 2022, my bond pays 5% a year',
    'SMA on ETH 2022, my CD was paying 4%',
    'SMA on ETH 2022. My card charges 20% interest.',
  ])('"%s" keeps the default fees', (text) => {
    expect(specOf(text).fees_bps).toBe(10);
  });

  it.each([
    ['SMA on ETH 2022, I pay 0.1% a trade', 10],
    ['SMA on ETH 2022, I pay 0.1%', 10],
    ['SMA on ETH 2022, pay 0.1% per side', 10],
    ['SMA on ETH 2022. My bank charges 0.15% for each trade.', 15],
    ['SMA on ETH 2022, charge 0.2% per trade', 20],
    ['SMA on ETH 2022, assume 0.1% fees', 10],
  ])('"%s" still sets the fees (%d bps)', (text, bps) => {
    expect(specOf(text).fees_bps).toBe(bps);
  });
});

describe('money the story tells of is no starting capital', () => {
  it.each([
    "I'm 57 and I lost roughly $22,000 when FTX collapsed. Test SMA on BTC for 2023.",
    "I'm 42 and my best trade ever was buying LTC at $24 in December 2018. Please test RSI on Litecoin for 2022.",
    'Solana went from around $8 in late 2022 to over $200 at one point. Backtest MACD on SOL for 2024.',
    'I took a $2,000 quant course in 2023. Optimise an RSI mean reversion on BNB for 2022.',
    "Since 2022 I've been putting $250 into Cardano every payday. Run an SMA crossover on ADA for 2023.",
    "We've each put in $500 a month since 2018. Test Bollinger on AAPL for 2021.",
    "ok that's about what I expected, my ex lost like $7k on ADA that year. Test RSI on ADA for 2022.",
    'We are a small fund (about $2m AUM). Test momentum on BTC for 2023.',
  ])('"%s" starts with the default capital', (text) => {
    expect(specOf(text).initial_capital).toBe(10_000);
  });

  it.each([
    ['I have $5,000, test SMA on BTC for 2022', 5000],
    ['SMA on BTC 2022, $5000', 5000],
    ['I want to put $5,000 into BTC with an SMA crossover in 2022', 5000],
    ["I'd start with $20,000. SMA on BTC 2022", 20_000],
    ['Test EMA on LTC for 2020. Assume a $75,000 opening balance.', 75_000],
    ['i manage a small account for my mom, like 25k$, sma on AAPL 2020', 25_000],
    ["I've got about $3,200 in my account after losing $1,100 in April. Bollinger on ETH for 2024.", 3200],
    ['My wife and I want to split about eight grand: three quarters in bitcoin and the rest in ethereum, held since 2021', 8000],
    ["we'd like to divide roughly 5 grand between btc and eth since 2020", 5000],
    ["I'm spreading $12,000 across spy and qqq, buy and hold since 2015", 12_000],
    ['we are splitting about ten thousand dollars between btc and eth since 2021', 10_000],
  ])('"%s" still starts with %d', (text, capital) => {
    expect(specOf(text).initial_capital).toBe(capital);
  });
});

describe('money put away for the purpose is the capital (before: ignored as a story amount)', () => {
  it.each([
    ["I've put away $8,000 for her. momentum on SPY 2010", 8000],
    ["I've set aside $8,000 for this. momentum on SPY 2010", 8000],
    ["I've tucked away 5k for this, momentum on SPY 2010", 5000],
  ])('%s', (text, capital) => {
    expect(specOf(text).initial_capital).toBe(capital);
  });

  it('must not change: money thrown away is a story', () => {
    expect(specOf('I threw away $500 on a bad trade. momentum on SPY 2010').initial_capital).toBe(10_000);
  });
});
