import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';
import { specOf, specsAfterTurnsOn } from './test_support/spec_of.js';

const specAfter = specsAfterTurnsOn('2025-11-20');

describe('a follow-up that changes one thing keeps everything else', () => {
  describe('the bars, changed to weekly as to any other size', () => {
    const bands = ['bollinger 20 2 on ada since 2022'];

    it.each(['nvm make it weekly', 'make it weekly', 'switch to weekly', 'change it to weekly', 'go weekly', 'weekly instead', 'on the weekly instead',
      'how about weekly?', 'try the weekly', 'can you do it weekly?'])('"%s" asks for weekly bars, the rest kept', (text) => {
      const spec = specAfter([...bands, text]);
      expect(spec.interval).toBe('1w');
      expect(spec.symbols).toEqual(['ADA']);
      expect(spec.strategies[0]).toEqual({ name: 'bollinger_bands', params: { period: 20, std_dev: 2 } });
      expect(spec.date_range).toEqual({ start: '2022-01-01', end: '2025-11-20' });
    });

    it.each([['make it hourly', '1h'], ['switch to 4h candles', '4h'], ['on the daily instead', '1d']])('"%s" still sets its bars', (text, interval) => {
      expect(specAfter([...bands, text]).interval).toBe(interval);
    });

    it.each(['I do it weekly', 'check signals weekly'])('"%s" asks for no bars: a habit or a schedule, not the bars', (text) => {
      const outcome = parseRequest(text, { today: '2025-11-20', history: bands });
      expect(outcome.ok ? outcome.spec.interval : undefined).toBeUndefined();
    });

    it('"rebalance weekly" is how often the weights are restored, not the bars', () => {
      expect(specOf('rebalance weekly', ['portfolio 60 spy 40 qqq since 2015']).interval).toBeUndefined();
    });
  });

  describe('outputs asked for alone', () => {
    const rsi = ["Hello, I'd like to test the RSI strategy on XRP for 2022 please.", 'Could you make the buy level 20 and the sell level 80?', 'Thank you. And the RSI period 7, please.'];

    it.each([
      ['Lastly, could you save the equity chart as a PNG image for me?', 'png'],
      ['save the equity chart as a PNG image', 'png'],
      ['export the equity curve as png', 'png'],
      ['could you export the chart as an svg image?', 'svg'],
      ['download it as a pdf', 'pdf'],
      ['Finally, can I get that as an HTML file?', 'html'],
      ['save the results in html format please', 'html'],
    ])('"%s" adds its output and keeps the run', (text, output) => {
      const spec = specAfter([...rsi, text]);
      expect(spec.outputs).toEqual([output]);
      expect(spec.symbols).toEqual(['XRP']);
      expect(spec.strategies[0]).toEqual({ name: 'rsi_mean_reversion', params: { period: 7, lower: 20, upper: 80 } });
      expect(spec.date_range).toEqual({ start: '2022-01-01', end: '2022-12-31' });
    });

    it('"export the trades to csv" still asks for the trades', () => {
      expect(specAfter([...rsi, 'export the trades to csv']).outputs).toEqual(['trades_csv']);
    });
  });

  describe('a symbol named in the reason for a change is no change of symbols', () => {
    const goldMix = ['Can you run a golden cross on the S&P 500 from 1995 to 2020?', 'Great, thank you. What if I add gold to it, half and half?'];

    it('"…start it in 2005 instead, since I understand the gold fund only begins around then" keeps SPY and GLD half and half', () => {
      const spec = specAfter([...goldMix,
        'Lovely. Could I have that as an HTML report? And please start it in 2005 instead, since I understand the gold fund only begins around then.']);
      expect(spec.symbols).toEqual(['SPY', 'GLD']);
      expect(spec.portfolio?.weights).toEqual({ SPY: 0.5, GLD: 0.5 });
      expect(spec.strategies[0]).toEqual({ name: 'sma_crossover', params: { short: 50, long: 200 } });
      expect(spec.date_range).toEqual({ start: '2005-01-01', end: '2020-12-31' });
      expect(spec.outputs).toEqual(['html']);
    });

    it.each(['start in 2006, since it\'s when the gold ETF had volume', 'use 20 bps fees because SPY is cheap to trade'])('"%s" keeps the mix', (text) => {
      expect(specAfter([...goldMix, text]).portfolio?.weights).toEqual({ SPY: 0.5, GLD: 0.5 });
    });

    it('must not change: "add QQQ since I like tech" still adds QQQ', () => {
      expect(specAfter([...goldMix, 'add QQQ since I like tech']).symbols).toEqual(['SPY', 'GLD', 'QQQ']);
    });

    it('must not change: a first message names its symbol wherever it is', () => {
      expect(specOf('sma crossover on BTC because ETH is too noisy for me').symbols).toContain('BTC');
    });
  });

  describe('new weights written number first after a correction word', () => {
    const mix = ['portfolio 50 btc 30 eth 20 sol buy and hold since 2022'];

    it.each(['actually 40 btc 40 eth 20 sol', 'no wait, 40 btc 40 eth 20 sol', 'how about 40 btc 40 eth 20 sol', 'sorry 40 btc 40 eth 20 sol', 'actually btc 40 eth 40 sol 20'])(
      '"%s" sets all three weights', (text) => {
        expect(specAfter([...mix, text]).portfolio?.weights).toEqual({ BTC: 0.4, ETH: 0.4, SOL: 0.2 });
      },
    );

    it('the weights stay through a later cost change', () => {
      const spec = specAfter([...mix, 'actually 40 btc 40 eth 20 sol', 'and add 10bps fees']);
      expect(spec.portfolio?.weights).toEqual({ BTC: 0.4, ETH: 0.4, SOL: 0.2 });
      expect(spec.date_range?.start).toBe('2022-01-01');
    });

    it('"so 40 btc 40 eth 20 sol" is never read shifted ("btc 40 eth 20")', () => {
      const outcome = parseRequest('so 40 btc 40 eth 20 sol', { today: '2025-11-20', history: mix });
      expect(outcome.ok && outcome.spec.portfolio?.weights).not.toEqual({ BTC: 0.4, ETH: 0.2 });
    });
  });

  describe('one edge of the window set as its value', () => {
    const spyQqq = ['Sir please run sma crossover 10/50 on SPY from 2000', 'Also kindly add QQQ with 60:40 weightage SPY:QQQ'];

    it.each(['One more thing, end date should be 31st Dec 2008 only.', 'the end date should be 2008-12-31', 'end date must be 31 Dec 2008', 'I want the end date to be 31 Dec 2008',
      'end should be 2008', 'make the end 31 dec 2008', 'finish on 31 dec 2008'])('"%s" sets the end and keeps the start and the mix', (text) => {
      const spec = specAfter([...spyQqq, text]);
      expect(spec.date_range).toEqual({ start: '2000-01-01', end: '2008-12-31' });
      expect(spec.portfolio?.weights).toEqual({ SPY: 0.6, QQQ: 0.4 });
    });

    it.each(['start date should be 2005', 'the start needs to be 2005', 'start date 2005'])('"%s" sets the start and keeps the end', (text) => {
      expect(specAfter(['golden cross on SPY from 1995 to 2020', text]).date_range).toEqual({ start: '2005-01-01', end: '2020-12-31' });
    });
  });
});
