/**
 * "swap eth for sol", "replace btc with ltc", "eth out, sol in" after "btc and eth 60/40": one holding
 * traded for another keeps the portfolio, the newcomer taking the leaver's weight (BTC 0.6 / SOL 0.4).
 * Undefined when the symbols changed otherwise (more than one out or in, or a count that changed):
 * then no weight can be carried over and the portfolio is dropped (apply_message.ts).
 */
export function weightsAcrossSwap(portfolio: Readonly<Record<string, number>>, symbols: readonly string[]): { weights: Record<string, number>; note: string } | undefined {
  const leaving = Object.keys(portfolio).filter((symbol) => !symbols.includes(symbol));
  const joining = symbols.filter((symbol) => portfolio[symbol] === undefined);
  if (leaving.length !== 1 || joining.length !== 1 || symbols.length !== Object.keys(portfolio).length) return undefined;
  const [left, joined] = [leaving[0]!, joining[0]!];
  // The newcomer takes the leaver's place as well as its weight: "replace btc with ltc" holds LTC first.
  const weights = Object.fromEntries(Object.entries(portfolio).map(([symbol, weight]) => [symbol === left ? joined : symbol, weight]));
  return { weights, note: `${joined} takes the ${Math.round(portfolio[left]! * 1000) / 10}% that ${left} held; the other weights are kept` };
}
