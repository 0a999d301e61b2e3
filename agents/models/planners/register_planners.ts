/**
 * The offline model's plan for every agent of the app. Importing this module registers them; the
 * agent entry imports it so the bundle `adk web` builds registers them too.
 */
import { BACKTEST_SHARDS } from '../../tools/run_backtests_tool.js';
import { registerPlanner } from '../planner_registry.js';
import { AGENT_NAMES } from './agent_names.js';
import { backtestShardPlanner, dataPlanner, portfolioPlanner, reportPlanner, riskPlanner, validationPlanner } from './pipeline_planners.js';
import { userPlanner } from './user_planner.js';

registerPlanner(AGENT_NAMES.user, userPlanner);
registerPlanner(AGENT_NAMES.validation, validationPlanner);
registerPlanner(AGENT_NAMES.data, dataPlanner);
for (let shard = 0; shard < BACKTEST_SHARDS; shard++) registerPlanner(AGENT_NAMES.backtestShard(shard), backtestShardPlanner(shard));
registerPlanner(AGENT_NAMES.portfolio, portfolioPlanner);
registerPlanner(AGENT_NAMES.risk, riskPlanner);
registerPlanner(AGENT_NAMES.report, reportPlanner);
