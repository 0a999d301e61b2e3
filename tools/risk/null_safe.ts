/** Metrics are JSON for users and the model: an undefined value is `null`, never NaN or Infinity. */
export function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/** `numerator / denominator`, or `null` when the denominator is 0 or the quotient overflows. */
export function safeRatio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : finiteOrNull(numerator / denominator);
}
