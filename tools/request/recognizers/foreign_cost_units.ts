import type { Token } from '../tokenizer.js';
import { isWord, phrases } from '../token_matchers.js';

/**
 * Basis points as other languages write them (accents dropped by the tokenizer): German "5 Basispunkte",
 * Spanish "5 puntos básicos", Portuguese "5 pontos-base", French "5 points de base", Italian "5 punti
 * base". Without these the number is read as a bare cost or lost, and the default fee is kept.
 */
export const FOREIGN_BPS_UNITS = phrases('basispunkt', 'basispunkte', 'basispunkten',
  'punto|puntos basico|basicos', 'punto|puntos - basico|basicos',
  'ponto|pontos base|bases|basico|basicos', 'ponto|pontos - base|bases|basico|basicos',
  'point|points de base', 'punto|punti base', 'punto|punti - base', 'punto|punti di base');

/**
 * "pb" (Spanish, Portuguese and French "puntos básicos", "pontos base", "points de base") is also lead,
 * a chemical symbol and many an initial, so it counts basis points only beside a fee word.
 */
const NOUN_BOUND_BPS = ['pb', 'pbs', 'pdb'];

/** The index past a basis-point unit said only beside a fee word ("comisión 5 pb"), if one is at `index`. */
export function nounBoundBpsEnd(tokens: readonly Token[], index: number): number | undefined {
  return isWord(tokens[index], ...NOUN_BOUND_BPS) ? index + 1 : undefined;
}
