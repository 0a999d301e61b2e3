/** Share of bars whose position is not flat; 0 with no bars (nothing was ever at risk). */
export function computeExposure(position: Int8Array): number {
  if (position.length === 0) return 0;
  let barsInMarket = 0;
  for (let t = 0; t < position.length; t++) {
    if (position[t] !== 0) barsInMarket++;
  }
  return barsInMarket / position.length;
}
