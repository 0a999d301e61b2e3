import type { Token } from './tokenizer.js';

/**
 * "BTC %60 and ETH %40", "%25 drawdown": Turkish and Arabic writers put the per cent sign before the
 * number. Read as "60%", the order every recogniser knows; before, the sign and number were read
 * apart and the weights or target were lost. Only a sign joined to the number after it and not to a
 * number before it ("5%60" is left as written).
 */
export function percentSignsFirst(tokens: readonly Token[]): Token[] {
  const out = [...tokens];
  for (let index = 0; index + 1 < out.length; index++) {
    const sign = out[index]!;
    const number = out[index + 1]!;
    if (sign.kind !== 'punct' || sign.norm !== '%' || number.kind !== 'number' || !number.joined) continue;
    const before = out[index - 1];
    if (before?.kind === 'number' && sign.joined) continue;
    if (out[index + 2]?.norm === '%' && out[index + 2]?.joined) continue;
    out[index] = { ...number, joined: sign.joined };
    out[index + 1] = { ...sign, joined: true };
    index++;
  }
  return out;
}
