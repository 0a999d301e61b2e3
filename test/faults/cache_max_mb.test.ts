/**
 * Fault suite, the cache bound's setting (issue 18 §4): BTP_CACHE_MAX_MB is read by the one number
 * reader, so a value it cannot read whole is refused with bad_config naming the variable, never
 * turned into some other bound (before, `0x10` and `abc` were plain Errors and an empty value
 * silently meant the default).
 */
import { describe, expect, it } from 'vitest';
import { loadConfig, marketDataSettingsOf } from '../../adk.config.js';
import { isBacktestPilotError } from '../../tools/errors.js';

function refusal(raw: string): unknown {
  try {
    loadConfig({ BTP_CACHE_MAX_MB: raw });
  } catch (error) {
    return isBacktestPilotError(error) ? { code: error.code, message: error.message } : error;
  }
  return 'accepted';
}

describe('BTP_CACHE_MAX_MB', () => {
  it('defaults to 1024 MB, which bounds each cache at 1,073,741,824 bytes', () => {
    const config = loadConfig({});
    expect(config.cacheMaxMb).toBe(1024);
    expect(marketDataSettingsOf(config).cacheMaxBytes).toBe(1_073_741_824);
  });

  it('reads a whole number of megabytes as the one number reader does', () => {
    expect(loadConfig({ BTP_CACHE_MAX_MB: '64' }).cacheMaxMb).toBe(64);
    expect(loadConfig({ BTP_CACHE_MAX_MB: '2,048' }).cacheMaxMb).toBe(2048);
    expect(loadConfig({ BTP_CACHE_MAX_MB: '1e3' }).cacheMaxMb).toBe(1000);
  });

  it.each([
    ['abc', 'it is not a decimal number'],
    ['-1', 'it is below the allowed range'],
    ['0', 'it is below the allowed range'],
    ['0x10', 'hexadecimal literals are not read'],
    ['', 'it is empty'],
    ['   ', 'it is empty'],
    ['1.5', 'it is not a whole number'],
    ['Infinity', 'it is not a finite number'],
    ['2000000', 'it is above the allowed range'],
  ])('refuses %j with bad_config naming the variable (%s)', (raw, reason) => {
    expect(refusal(raw)).toEqual({
      code: 'bad_config',
      message: expect.stringMatching(new RegExp(`^BTP_CACHE_MAX_MB .*must be a whole number from 1 to 1,048,576; got "${raw}": ${reason}`)) as unknown,
    });
  });
});
