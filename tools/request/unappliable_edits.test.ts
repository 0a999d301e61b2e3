import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse_request.js';

const TODAY = '2025-11-20';

function errorOf(text: string, history: string[]) {
  const outcome = parseRequest(text, { today: TODAY, history });
  return outcome.ok ? undefined : { code: outcome.error.code, message: outcome.error.message };
}

describe('a follow-up that scales a cost the run does not have is refused (before: a note, the spec unchanged)', () => {
  it.each<[string, string[], string]>([
    ['double the slippage', ['sma crossover on BTC 2020 to 2023'], 'there is no slippage to double'],
    ['halve the slippage', ['ema cross on ltc 2022'], 'there is no slippage to halve'],
    ['now triple the slippage', ['macd on eth for 2021'], 'there is no slippage to triple'],
    ['double the fees', ['sma 20/50 on btc 2022 with 0 fees'], 'there are no fees to double'],
  ])('"%s" after %j', (text, history, says) => {
    const error = errorOf(text, history);
    expect(error?.code).toBe('bad_parameters');
    expect(error?.message).toContain(says);
    expect(error?.message).toMatch(/Set a value instead, e\.g\. "(slippage|fees) 5 bps"/);
  });

  it.each<[string, string[]]>([
    // Must not change: a cost that is set, or the default fee, scales.
    ['double the slippage', ['sma crossover on BTC 2020 to 2023 with 10 bps slippage']],
    ['double the fees', ['sma crossover on BTC 2020 to 2023']],
    ['double the costs', ['ema cross on ltc 2022']],
    // The refusal was the earlier message's: the next one goes on from the run as it was.
    ['extend it to 2024', ['sma crossover on BTC 2020 to 2023', 'double the slippage']],
  ])('"%s" after %j applies', (text, history) => expect(errorOf(text, history)).toBeUndefined());
});

describe('levels nudged until they cross or leave 0-100 are refused (before: a note, the levels kept)', () => {
  // The room is worked by hand: inward, half the gap (30/70 meet at 50 after 20); outward, the
  // nearer edge (10/85 reach 0 after 10).
  it.each<[string, string, string, number]>([
    ['bring both bands 30 points closer to 50', 'rsi on BTC 2020 to 2023', '30/70 would become 60/40', 20],
    ['bring both bands 20 points closer to 50', 'rsi on BTC 2020 to 2023', '30/70 would become 50/50', 20],
    ['pull them in towards the midline by 35 pts', 'rsi 14 20/80 on btc 2022', '20/80 would become 55/45', 30],
    ['push the bands out from 50 by 30', 'rsi on eth 2022', '30/70 would become 0/100', 30],
    ['move the levels 15 further from the middle', 'rsi on btc 2022 with 10/85', '10/85 would become -5/100', 10],
  ])('"%s" after "%s"', (text, first, says, room) => {
    const error = errorOf(text, [first]);
    expect(error?.code).toBe('bad_parameters');
    expect(error?.message).toContain(says);
    expect(error?.message).toContain('the lower level must stay below the upper and both between 0 and 100');
    expect(error?.message).toContain(`Move them by less than ${room} points`);
  });
});
