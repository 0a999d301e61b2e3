import type { OhlcvSeries } from '../data/types.js';
import type { EngineSettings } from '../strategy/engine/types.js';
import type { DateWindow } from '../dates/date_window.js';

/** One strategy on one series: the unit of work of a batch, in or out of process. */
export interface BacktestJob {
  series: OhlcvSeries;
  strategy: string;
  params?: Record<string, unknown>;
  range?: DateWindow;
  settings: EngineSettings;
  riskFreeRate?: number;
}

/** A batch of jobs for one worker: sharing a series lets the worker share its indicator cache. */
export interface BacktestBatch {
  jobs: BacktestJob[];
}
