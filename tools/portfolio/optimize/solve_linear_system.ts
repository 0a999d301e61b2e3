/**
 * Solves the dense n × n system M·x = rhs by Gaussian elimination with partial pivoting (M is
 * row-major and overwritten). Returns null when a pivot vanishes (M singular to working precision).
 */
export function solveLinearSystem(matrix: Float64Array, rhs: Float64Array, size: number): Float64Array | null {
  const x = Float64Array.from(rhs);
  let largest = 0;
  for (let at = 0; at < size * size; at++) largest = Math.max(largest, Math.abs(matrix[at]!));
  const tiny = largest * 1e-14;
  for (let column = 0; column < size; column++) {
    let pivotRow = column;
    for (let row = column + 1; row < size; row++) {
      if (Math.abs(matrix[row * size + column]!) > Math.abs(matrix[pivotRow * size + column]!)) pivotRow = row;
    }
    const pivot = matrix[pivotRow * size + column]!;
    if (!(Math.abs(pivot) > tiny)) return null;
    if (pivotRow !== column) {
      for (let k = 0; k < size; k++) {
        const swap = matrix[column * size + k]!;
        matrix[column * size + k] = matrix[pivotRow * size + k]!;
        matrix[pivotRow * size + k] = swap;
      }
      const swap = x[column]!;
      x[column] = x[pivotRow]!;
      x[pivotRow] = swap;
    }
    for (let row = column + 1; row < size; row++) {
      const factor = matrix[row * size + column]! / pivot;
      if (factor === 0) continue;
      for (let k = column; k < size; k++) matrix[row * size + k] -= factor * matrix[column * size + k]!;
      x[row] -= factor * x[column]!;
    }
  }
  for (let row = size - 1; row >= 0; row--) {
    let sum = x[row]!;
    for (let k = row + 1; k < size; k++) sum -= matrix[row * size + k]! * x[k]!;
    x[row] = sum / matrix[row * size + row]!;
  }
  return x;
}
