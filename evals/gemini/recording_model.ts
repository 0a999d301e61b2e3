/**
 * The offline planner behind a model name that also writes down each answer as the Gemini API's
 * JSON (`recording-offline-rules`): whatever runs on it (a conversation, a whole eval set) leaves a
 * recording that the replay serves to the real Gemini class, agent by agent, in the same order.
 */
import { LLMRegistry, type LlmRequest, type LlmResponse } from '@google/adk';
import { DEFAULT_GEMINI_MODEL } from '../../adk.config.js';
import { OfflineModel } from '../../agents/models/offline_model.js';
import { instructionSha, successBody } from './gemini_json.js';
import type { RecordedExchange } from './recording.js';

export const RECORDING_MODEL = 'recording-offline-rules';

const exchanges: RecordedExchange[] = [];

class RecordingOfflineModel extends OfflineModel {
  static override readonly supportedModels = [/recording-offline-.*/];

  override async *generateContentAsync(req: LlmRequest, stream = false): AsyncGenerator<LlmResponse, void> {
    const agent = String(req.config?.labels?.adk_agent_name ?? 'unknown');
    for await (const response of super.generateContentAsync(req, stream)) {
      if (!response.partial && response.content) {
        exchanges.push({ agent, instruction_sha: instructionSha(req.config?.systemInstruction), status: 200, body: { ...successBody(response.content, DEFAULT_GEMINI_MODEL, exchanges.length) } });
      }
      yield response;
    }
  }
}
LLMRegistry.register(RecordingOfflineModel);

/** Everything recorded since the last call, in the order the agents asked; the log starts empty again. */
export function takeRecordedExchanges(): RecordedExchange[] {
  return exchanges.splice(0);
}
