import type { FunctionTool } from '@google/adk';
import type { ToolDependencies } from '../../../tools/tool_dependencies.js';
import { createBestExperimentTool } from './best_experiment_tool.js';
import { createListExperimentsTool } from './list_experiments_tool.js';
import { createRerunExperimentTool } from './rerun_experiment_tool.js';
import { createShowExperimentTool } from './show_experiment_tool.js';

/** The UserAgent's tools over the experiment store. */
export function createMemoryTools(dependencies: ToolDependencies): FunctionTool[] {
  return [
    createListExperimentsTool(dependencies), createBestExperimentTool(dependencies),
    createShowExperimentTool(dependencies), createRerunExperimentTool(dependencies),
  ];
}
