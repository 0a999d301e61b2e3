/**
 * A fixed, reproducible stream of uniforms in [0, 1) from a seed (xorshift32), for tests that need
 * long random-looking series without fast-check shrinking them. The seed is made odd, since
 * xorshift's state must never be 0.
 */
export function seededUniforms(seed: number): () => number {
  let state = seed | 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}
