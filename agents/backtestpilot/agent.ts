/**
 * The app's entry: `adk web agents` and `adk api_server agents` load `rootAgent` from here, and
 * the CLI and tests build the same tree through `createRootAgent`.
 */
import '../observability/quiet_adk_logs.js';
import type { LlmAgent } from '@google/adk';
import { loadConfig, type AppConfig } from '../../adk.config.js';
import { toolDependencies } from '../../tools/tool_dependencies.js';
import { chooseModel } from '../models/model_choice.js';
import '../models/planners/register_planners.js';
import { createUserAgent } from './user_agent.js';

/** `now` is the tools' clock (epoch ms): the real one but in evals, which fix it per case. */
export function createRootAgent(config: AppConfig = loadConfig(), now: () => number = Date.now): LlmAgent {
  return createUserAgent({ model: chooseModel(config), dependencies: toolDependencies(config, now) });
}

export const rootAgent = createRootAgent();
