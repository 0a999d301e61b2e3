import type { ToolDependencies } from '../../tools/tool_dependencies.js';

/** What every agent factory needs: the model name and the tools' dependencies. */
export interface AgentContext {
  model: string;
  dependencies: ToolDependencies;
}
