import { describe, expect, it } from 'vitest';
import { parseRequest } from '../parse_request.js';

const TODAY = '2025-11-20';

function outputsOf(text: string, history: string[] = []): unknown {
  const outcome = parseRequest(text, { today: TODAY, history });
  return outcome.ok ? outcome.spec.outputs ?? [] : outcome.error.code;
}

describe('a chart asked for without a format is a png', () => {
  it.each([
    // Before, each of these asked for nothing.
    '40% btc 40% eth 20% sol hodl since 2021, chart pls',
    'I teach 7th grade math. Bollinger on Apple, 20 days and 2 standard deviations, during 2020. Could you include a chart I can put on the projector?',
    'sma 20/50 on spy 2020 with a graph',
    'rsi on btc 2022, plot it for me',
    'macd on eth 2021 and show me the equity curve',
    'macd on eth 2021, equity curve please',
    'sma on spy 2020. chart please',
    'sma on spy 2020, and a chart',
    'macd on eth 2021, i want an equity chart',
    // Sent or handed over; before, "send a chart" asked for nothing.
    'on my 3am break lol. litecoin rsi default, last year, just send a chart',
    'email me the graph, macd on eth 2021',
    'rsi on btc 2022, give us a chart',
    // "chart" as the request's verb, with any object.
    'can you chart a 50/200 sma cross on the nasdaq since 2008',
    'chart sma 20/50 on btc 2020',
    'pls graph ema 9/21 on eth since 2024',
    'could you plot macd on eth for 2021',
    // A chart noun opening the request, with what it shows; before, each asked for nothing.
    'chart of btc with sma 20/50 for 2023',
    'a chart of eth macd 2022',
    'the chart for spy rsi 2020',
    'equity curve of btc macd 2021',
    'chart with sma 20/50 on btc 2023',
    'pls, a graph of sol ema 9/21 since 2024',
  ])('%s', (text) => {
    expect(outputsOf(text)).toEqual(['png']);
  });

  it.each([
    // A chart as the subject of a wish; before, each asked for nothing.
    'I have about $3,000 saved. If I had traded ethereum with the golden cross starting in January 2019 up to today, what would it be worth? A simple chart would help me understand.',
    'sma on spy 2020, a chart would be nice',
    'sma on spy 2020. charts would help me explain it',
    'sma on spy 2020, a graph would be useful',
    'sma on spy 2020 and a quick graph would be great',
    'rsi on btc 2022. The equity curve would really help',
  ])('wished for: %s', (text) => {
    expect(outputsOf(text)).toEqual(['png']);
  });

  it('a bar size compared is no wish for a picture: "the 4h chart would be better"', () => {
    const outcome = parseRequest('the 4h chart would be better', { today: TODAY, history: ['ema 9/21 on eth since 2024'] });
    expect(outcome.ok && [outcome.spec.interval, outcome.spec.outputs ?? []]).toEqual(['4h', []]);
  });

  it('in a follow-up: "can i get a chart of that"', () => {
    expect(outputsOf('can i get a chart of that', ['rsi 2 on spy 2010-2020, buy under 10 sell over 90'])).toEqual(['png']);
  });

  it.each([
    // A bar size, not a picture.
    'ema 9/21 on eth on the 4 hour chart since 2024',
    'the 1h ETH chart, ema 9/21, since 2024',
    // Charts in a story.
    "I've been watching charts at 3am for years, test sma 20/50 on btc 2022",
    'I want to stop eyeballing charts: rsi on spy 2019',
    'I chart it by hand, but backtest sma on spy 2020',
    'I send charts to clients, sma on spy 2020',
    'chart patterns are nonsense, rsi on spy 2019',
    // A chart opening a story about it.
    'the chart of btc looked awful in 2022, rsi on eth 2022',
    'charts of btc are my hobby. rsi on eth 2022',
    // Turned down.
    'sma on spy 2020, no chart please',
    'sma on spy 2020, no chart needed',
    'sma on spy 2020, a chart would not help',
    // A story about charts, not a wish for one.
    'sma on spy 2020, charts never helped me',
  ])('unchanged, no output: %s', (text) => {
    expect(outputsOf(text)).toEqual([]);
  });

  it.each([
    ['sma on spy 2020, svg chart', ['svg']],
    // A chart inside the report asked for is the report's, not a png beside it.
    ['sma on spy 2020, html report with a chart', ['html']],
    ['sma on spy 2020 pdf with a graph', ['pdf']],
    ['sma on spy 2020, chart as an image', ['png']],
    // A list of trades holds no chart, so the chart beside it is still a picture.
    ['RSI 7 with 20/80 levels on ETH for 2022, send me the chart and the trades as CSV', ['png', 'trades_csv']],
    ['sma on spy 2020, csv of trades', ['trades_csv']],
  ])('unchanged, the format named: %s', (text, expected) => {
    expect(outputsOf(text)).toEqual(expected);
  });
});

describe('a chart asked for in place of the output asked before replaces it', () => {
  const history = ['sma 20/50 on btc 2023', 'add a markdown report'];
  it.each([
    'actually make that a chart instead',
    'make it a graph instead',
    'turn it into a chart instead',
  ])('%s', (text) => expect(outputsOf(text, history)).toEqual(['png']));

  // Must not change: an html report holds its chart.
  it('an html report with a chart', () => expect(outputsOf('an html report with a chart', history)).toEqual(['markdown', 'html']));
});
