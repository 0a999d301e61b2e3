import { describe, expect, it } from 'vitest';
import { describeFetchError } from './describe_fetch_error.js';

describe('a network failure in words', () => {
  it("tells Node fetch's hidden cause (DNS, refused) after its bare message", () => {
    const cause = Object.assign(new Error('getaddrinfo ENOTFOUND query2.finance.yahoo.com'), { code: 'ENOTFOUND' });
    expect(describeFetchError(new TypeError('fetch failed', { cause }))).toBe('fetch failed: getaddrinfo ENOTFOUND query2.finance.yahoo.com');
    const refused = Object.assign(new Error('connect 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    expect(describeFetchError(new TypeError('fetch failed', { cause: refused }))).toBe('fetch failed: ECONNREFUSED connect 127.0.0.1:9');
  });

  it('says a timeout is one', () => {
    const timeout = Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' });
    expect(describeFetchError(timeout)).toBe('no answer within the time limit (The operation was aborted due to timeout)');
  });

  it('keeps a message that already says it all', () => {
    expect(describeFetchError(new Error('binance GET https://api.binance.com/api/v3/exchangeInfo 503 Service Unavailable'))).toBe('binance GET https://api.binance.com/api/v3/exchangeInfo 503 Service Unavailable');
    expect(describeFetchError('plain text')).toBe('plain text');
  });
});
