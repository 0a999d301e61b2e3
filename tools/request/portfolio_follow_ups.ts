import type { RebalanceSchedule } from '../portfolio/calendar_periods.js';
import type { PortfolioObjective } from '../portfolio/optimize/optimize_weights.js';
import type { Clause } from './clauses.js';
import type { ConversationState } from './conversation_state.js';
import type { PlacedClause } from './read_clauses.js';
import { roundClean } from './token_matchers.js';
import { heldSymbols, weightsFavouring } from './favoured_weights.js';
import { setKeptHoldings } from './kept_holding_weights.js';
import { withoutDroppedHoldings } from './dropped_holdings.js';
import { handOverWeights } from './handed_over_weights.js';
import { BacktestPilotError } from '../errors.js';

/** The portfolio fields of the spec beyond its weights. */
export interface PortfolioSettings {
  rebalance?: RebalanceSchedule;
  objective?: PortfolioObjective;
  max_weight?: number;
  max_volatility?: number;
}

function equalWeights(symbols: readonly string[]): Record<string, number> {
  return Object.fromEntries(symbols.map((symbol) => [symbol, 1 / symbols.length]));
}

/**
 * "add SOL at 10%, take it out of the BTC leg": the named holding alone gives up the new weight, the
 * others keep theirs. Undefined, with a note, when it has too little to give (or is not held): the
 * others then shrink pro rata, as without the words.
 */
function fundFromHolding(portfolio: Readonly<Record<string, number>> | null, clause: Extract<Clause, { kind: 'portfolio_add' }>, notes: string[]): Record<string, number> | undefined {
  const payer = clause.fundedBy!;
  const available = portfolio?.[payer];
  // A holding already held ("make sol 10% and put the extra into btc") changes by the difference, which the payer gives or takes.
  const change = clause.weight - (portfolio?.[clause.symbol] ?? 0);
  if (available === undefined || available < change) {
    notes.push(`${payer} cannot pay for ${clause.symbol} at ${roundClean(clause.weight * 100)}%: ${available === undefined ? `${payer} is not a holding of the portfolio` : `${payer} holds ${roundClean(available * 100)}%`}; the other holdings shrink pro rata instead`);
    return undefined;
  }
  return { ...portfolio, [payer]: roundClean(available - change), [clause.symbol]: clause.weight };
}

/**
 * "shift 10% from BTC into SOL": the source gives up the weight and the target takes it, a new
 * holding joining at it; nothing else moves. Left as it was, with a note, when there is no
 * portfolio or the source holds less than that.
 */
function shiftWeight(state: ConversationState, clause: Extract<Clause, { kind: 'portfolio_shift' }>, notes: string[]): boolean {
  const held = state.portfolio?.[clause.from];
  const moved = `${roundClean(clause.weight * 100)}%`;
  if (!state.portfolio || held === undefined || held < clause.weight) {
    notes.push(`cannot move ${moved} from ${clause.from} to ${clause.to}: ${!state.portfolio ? 'there is no portfolio' : held === undefined ? `${clause.from} is not a holding of the portfolio` : `${clause.from} holds ${roundClean(held * 100)}%`}; the weights were left as they were`);
    return false;
  }
  state.portfolio = { ...state.portfolio, [clause.from]: roundClean(held - clause.weight), [clause.to]: roundClean((state.portfolio[clause.to] ?? 0) + clause.weight) };
  return true;
}

/**
 * "flip the weights": two holdings trade weights. With no portfolio, or other than two holdings (which
 * way would 50/30/20 flip?), it is left as it was, with a note that says why.
 */
function flipWeights(state: ConversationState, written: string, notes: string[]): boolean {
  const held = state.portfolio ? Object.entries(state.portfolio) : [];
  if (held.length !== 2) {
    notes.push(`ignored "${written}": ${held.length === 0 ? 'there are no portfolio weights to flip' : `the portfolio holds ${held.length} symbols, so which way to flip is unclear`}; give the new weights, e.g. "make it 40/60"`);
    return false;
  }
  const [[first, firstWeight], [second, secondWeight]] = held as [[string, number], [string, number]];
  state.portfolio = { [first]: secondWeight, [second]: firstWeight };
  notes.push(`"${written}": ${first} ${roundClean(firstWeight * 100)}% → ${roundClean(secondWeight * 100)}%, ${second} ${roundClean(secondWeight * 100)}% → ${roundClean(firstWeight * 100)}%`);
  return true;
}

/** Whether the message also writes the weights of the other holdings ("…, keep SPY at 60 and GLD at 40"). */
function writtenBeside(clauses: readonly Clause[], added: string): boolean {
  return clauses.some((clause) => clause.kind === 'portfolio' && clause.weights !== null && !Object.hasOwn(clause.weights, added));
}

/**
 * Applies a message's portfolio settings and weight follow-ups to the state (after its lists and
 * settings): a rebalance schedule, objective or limit turns two or more symbols into an equal-weight
 * portfolio; "make it 50/50" reweights the portfolio's symbols in order (fixed weights replace an
 * objective), those the message leaves ("drop SOL and go 50/50"); "add SOL at 20%" gives SOL 20% and shrinks the others pro rata. A "max Sharpe" or
 * "max return" that is not about weights ranks the results instead. Returns whether the message
 * set the portfolio, so it is not dropped for its changed symbols.
 */
export function applyPortfolioClauses(state: ConversationState, placed: readonly PlacedClause[], notes: string[], refusals: BacktestPilotError[]): boolean {
  const clauses = placed.map(({ clause }) => clause);
  const settings: PortfolioSettings = { ...state.portfolioSettings };
  const weightsWanted = clauses.some((clause) => clause.kind === 'weights_search');
  let touched = false;
  // "drop DOGE and give its 10% to BTC": the dropped holding's weight goes to BTC before any other change applies.
  const handedOver = handOverWeights(state.portfolio, clauses, notes, refusals);
  if (handedOver) {
    state.portfolio = handedOver;
    touched = true;
  }
  state.portfolio = withoutDroppedHoldings(state, clauses);
  // Held holdings reweighted beside two or more unnamed others: those keep theirs, or the message is refused.
  const kept = setKeptHoldings(state.portfolio, clauses);
  if (kept instanceof BacktestPilotError) refusals.push(kept);
  else if (kept) {
    state.portfolio = kept;
    touched = true;
  }
  let volatilityCap: number | undefined;
  for (const clause of clauses) {
    switch (clause.kind) {
      case 'rebalance': settings.rebalance = clause.schedule; touched = true; break;
      case 'max_weight': settings.max_weight = clause.value; touched = true; break;
      case 'max_volatility':
        settings.max_volatility = clause.value;
        volatilityCap = clause.value;
        settings.objective ??= 'max_return';
        touched = true;
        break;
      case 'weights_search': touched = true; break;
      case 'portfolio_objective':
        if (!clause.weak || weightsWanted || state.portfolio) {
          settings.objective = clause.objective;
          touched = true;
        } else {
          state.rankBy = clause.objective === 'max_return' ? 'total_return' : 'sharpe_ratio';
        }
        break;
      case 'portfolio_weights': {
        // "drop SOL and go 50/50": the weights are for the symbols the message leaves, in the portfolio's order.
        const symbols = heldSymbols(state);
        const weights = clause.favours === undefined ? clause.weights : weightsFavouring(symbols, clause.weights, clause.favours);
        // A favoured holding that settles nothing was refused (favoured_weights.ts).
        if (!weights) break;
        if (symbols.length !== weights.length) {
          notes.push(`${clause.weights.map((weight) => Math.round(weight * 100)).join('/')} gives ${clause.weights.length} weights but the portfolio holds ${symbols.length} symbols (${symbols.join(', ')}); the weights were left as they were`);
          break;
        }
        state.portfolio = Object.fromEntries(symbols.map((symbol, at) => [symbol, weights[at]!]));
        delete settings.objective;
        touched = true;
        break;
      }
      case 'portfolio_shift':
        if (shiftWeight(state, clause, notes)) touched = true;
        break;
      case 'portfolio_flip':
        if (flipWeights(state, clause.written, notes)) touched = true;
        break;
      case 'portfolio_equal':
        if (state.symbols.length < 2) break;
        if (clause.count !== undefined && clause.count !== state.symbols.length) {
          notes.push(`equal weights for ${clause.count} holdings, but the portfolio holds ${state.symbols.length} symbols (${state.symbols.join(', ')}); the weights were left as they were`);
          break;
        }
        state.portfolio = equalWeights(state.symbols);
        delete settings.objective;
        touched = true;
        break;
      case 'portfolio_add': {
        if (kept) break;
        const funded = clause.fundedBy === undefined ? undefined : fundFromHolding(state.portfolio, clause, notes);
        if (funded) {
          state.portfolio = funded;
          touched = true;
          break;
        }
        // "add QQQ at 20%, keep SPY at 60 and GLD at 40": the others' weights written beside it stand as written.
        if (writtenBeside(clauses, clause.symbol)) {
          state.portfolio = { ...state.portfolio, [clause.symbol]: clause.weight };
          touched = true;
          break;
        }
        const base = state.portfolio ?? (state.symbols.length > 1 ? equalWeights(state.symbols.filter((symbol) => symbol !== clause.symbol)) : {});
        const others = Object.entries(base).filter(([symbol]) => symbol !== clause.symbol);
        const otherTotal = others.reduce((total, [, weight]) => total + weight, 0);
        const held = base[clause.symbol];
        // "bump BTC to 70%" (held): the others fill what BTC leaves of the invested share, cash unchanged;
        // "add SOL at 20%" (new): the others shrink pro rata to make room.
        const othersShare = held === undefined ? Math.max(0, 1 - clause.weight) * Math.min(1, otherTotal) : Math.max(0, otherTotal + held - clause.weight);
        const reweighted: Record<string, number> = {
          ...Object.fromEntries(others.map(([symbol, weight]) => [symbol, otherTotal > 0 ? roundClean((weight / otherTotal) * othersShare) : 0])),
          [clause.symbol]: clause.weight,
        };
        // A held symbol keeps its place in the portfolio's order; a new one joins at the end.
        state.portfolio = held === undefined ? reweighted : Object.fromEntries(Object.keys(base).map((symbol) => [symbol, reweighted[symbol]!]));
        touched = true;
        break;
      }
      default: break;
    }
  }
  if (weightsWanted) settings.objective ??= 'max_sharpe';
  if (touched && !state.portfolio) {
    if (state.symbols.length >= 2) state.portfolio = equalWeights(state.symbols);
    else if (volatilityCap !== undefined && clauses.every((clause) => clause.kind !== 'rebalance' && clause.kind !== 'max_weight' && clause.kind !== 'weights_search')) {
      // "cap volatility at 40%" on one symbol limits the run's volatility, as "volatility under 40%" does.
      state.targets = { ...state.targets, volatility: { operator: '<=', value: volatilityCap } };
      notes.push(`read the volatility cap of ${Math.round(volatilityCap * 1000) / 10}% as a target of the run (volatility <= ${volatilityCap}): a portfolio's cap needs two or more symbols`);
    } else notes.push('portfolio settings need at least two symbols; name the symbols to hold');
  }
  state.portfolioSettings = state.portfolio ? settings : {};
  return touched && state.portfolio !== null;
}
