import type { ProposeCandidates, SearchMethodName } from './search_context.js';
import { proposeBayesian } from './bayes.js';
import { proposeGridPoints } from './grid.js';
import { proposeHillClimb } from './hill_climb.js';
import { proposeRandomPoints } from './random.js';

export const PROPOSERS: Readonly<Record<SearchMethodName, ProposeCandidates>> = {
  grid: proposeGridPoints,
  random: proposeRandomPoints,
  bayes: proposeBayesian,
  hill: proposeHillClimb,
};

/** How the report and the CLI name each method. */
export const METHOD_DESCRIPTIONS: Readonly<Record<SearchMethodName, string>> = {
  grid: 'grid search',
  random: 'random search',
  bayes: 'Bayesian optimisation (Gaussian process, expected improvement)',
  hill: 'hill climbing (coordinate ascent)',
};
