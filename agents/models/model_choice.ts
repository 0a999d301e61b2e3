/**
 * Which model the agents run on. `loadConfig` picks the name: `offline-rules` unless a Gemini key
 * (GOOGLE_API_KEY or GEMINI_API_KEY) is set, then `gemini-2.5-flash`; `BTP_MODEL` overrides both.
 * This module makes that name usable: it registers the offline model (importing it is enough) and
 * fails fast, before any agent runs, when the name cannot work — a `gemini-*` name without a key, or
 * a name no registered model class serves.
 */
import { LLMRegistry } from '@google/adk';
import { BacktestPilotError } from '../../tools/errors.js';
import type { AppConfig } from '../../adk.config.js';
import './offline_model.js';
import './gemini_model.js';
import './hybrid_model.js';

export function chooseModel(config: AppConfig): string {
  try {
    // Constructing the model runs its own checks (ADK's Gemini throws without an API key) and calls
    // nothing remote, so a bad choice surfaces here instead of as an error event mid-run.
    LLMRegistry.newLlm(config.model);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BacktestPilotError(
      'bad_config',
      `Model "${config.model}" cannot be used: ${reason} Use an offline-* model (the default without a key, e.g. BTP_MODEL=offline-rules) or a gemini-* model with GOOGLE_API_KEY or GEMINI_API_KEY set.`,
      { model: config.model },
    );
  }
  return config.model;
}
