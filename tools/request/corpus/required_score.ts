/** The share of the request corpus CI requires (issue 12: at least 97 %). */
export const REQUIRED_SCORE = 0.97;
