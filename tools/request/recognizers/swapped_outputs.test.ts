import { describe, expect, it } from 'vitest';
import { specOf } from '../test_support/spec_of.js';

const PNG = 'sma on btc 2023 with a png chart';
const REPORT_AND_PNG = 'sma on btc 2023 with an html report and a png chart';
const MARKDOWN = 'sma on btc 2023 as markdown';

describe('a format swapped in a follow-up replaces the one it swaps out, keeping the rest', () => {
  it.each([
    ['switch the chart to svg', PNG, ['svg']],
    ['change it to an svg', PNG, ['svg']],
    ['change it to a png', PNG, ['png']],
    ['make the chart an svg instead', PNG, ['svg']],
    ['make the chart an svg', PNG, ['svg']],
    ['switch to svg', PNG, ['svg']],
    ['set the chart format to svg', PNG, ['svg']],
    // The chart's format goes, the report stays.
    ['switch the chart to svg', REPORT_AND_PNG, ['html', 'svg']],
    ['swap the png for an svg', REPORT_AND_PNG, ['html', 'svg']],
    ['replace the png with svg', REPORT_AND_PNG, ['html', 'svg']],
    ['change png to svg', REPORT_AND_PNG, ['html', 'svg']],
    ['switch from png to svg', REPORT_AND_PNG, ['html', 'svg']],
    ['turn the report into a pdf', REPORT_AND_PNG, ['png', 'pdf']],
    // A pronoun swaps out every way of showing the results.
    ['make it a pdf', REPORT_AND_PNG, ['pdf']],
    ['make it a chart', MARKDOWN, ['png']],
    // A chart set against the markdown takes its place.
    ['a chart instead of the markdown', MARKDOWN, ['png']],
    ['actually, a graph rather than markdown', MARKDOWN, ['png']],
    ['the equity curve instead', MARKDOWN, ['png']],
    ['a chart instead of the markdown', 'sma on btc 2023 as markdown and html', ['html', 'png']],
  ])('%s (after "%s")', (text, history, outputs) => expect(specOf(text, [history]).outputs).toEqual(outputs));

  it('the trades CSV stays when the picture is swapped', () => {
    expect(specOf('change it to svg', ['sma on btc 2023 with a png chart and export the trades to csv']).outputs).toEqual(['trades_csv', 'svg']);
  });
});

describe('must not change: adding a format, and switches that name no format', () => {
  it.each([
    ['also give me a pdf', PNG, ['png', 'pdf']],
    ['make a pdf too', REPORT_AND_PNG, ['html', 'png', 'pdf']],
    ['and an html report', PNG, ['png', 'html']],
    ['give me a pdf instead', REPORT_AND_PNG, ['pdf']],
    ['svg instead of png', REPORT_AND_PNG, ['html', 'svg']],
  ])('%s (after "%s")', (text, history, outputs) => expect(specOf(text, [history]).outputs).toEqual(outputs));

  it('"switch to eth" swaps the symbol and keeps the chart', () => {
    const spec = specOf('switch to eth', [PNG]);
    expect([spec.symbols, spec.outputs]).toEqual([['ETH'], ['png']]);
  });

  it('"change the chart to 4h" changes the bars, not the outputs', () => {
    const spec = specOf('change the chart to 4h', [PNG]);
    expect([spec.interval, spec.outputs]).toEqual(['4h', ['png']]);
  });

  it('"the daily chart instead of the hourly" asks for no picture', () => {
    expect(specOf('the daily chart instead of the hourly', ['sma on btc 2023']).outputs).toBeUndefined();
  });
});
