/** Agent names: the keys the offline model dispatches on, and what traces and logs show. */
export const AGENT_NAMES = {
  user: 'user_agent',
  pipeline: 'backtest_pipeline',
  validation: 'validation_agent',
  data: 'data_agent',
  backtest: 'backtest_agent',
  backtestShard: (shard: number) => `backtest_shard_${shard}`,
  portfolio: 'portfolio_agent',
  risk: 'risk_agent',
  optimization: 'optimization_agent',
  optimizationStep: 'optimization_step_agent',
  report: 'report_agent',
} as const;
