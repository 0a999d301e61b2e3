import { describe, expect, it } from 'vitest';
import { EvalSetSchema } from './eval_set.js';

describe('EvalSetSchema', () => {
  it('reads the snake_case file format with defaults for what ADK makes optional', () => {
    const set = EvalSetSchema.parse({
      eval_set_id: 'demo',
      eval_cases: [{
        eval_id: 'one',
        conversation: [{
          user_content: { parts: [{ text: 'SMA on BTC' }] },
          final_response: { role: 'model', parts: [{ text: 'report' }] },
          intermediate_data: { tool_uses: [{ name: 'parse_request', args: { text: 'SMA on BTC' } }] },
        }],
        session_input: { app_name: 'backtestpilot', user_id: 'u', state: { spec: null }, today: '2026-11-24' },
      }],
    });
    const [invocation] = set.eval_cases[0]!.conversation;
    expect(invocation!.user_content.role).toBe('user');
    expect(invocation!.intermediate_data).toEqual({ tool_uses: [{ name: 'parse_request', args: { text: 'SMA on BTC' } }], tool_responses: [], intermediate_responses: [] });
    expect(set.eval_cases[0]!.session_input?.today).toBe('2026-11-24');
  });

  it('accepts camelCase keys of the format, but never renames keys inside tool args or state', () => {
    const set = EvalSetSchema.parse({
      evalSetId: 'demo',
      evalCases: [{
        evalId: 'one',
        conversation: [{
          userContent: { parts: [{ text: 'hi' }] },
          finalResponse: { parts: [{ text: 'hello' }] },
          intermediateData: { toolUses: [{ name: 'transfer_to_agent', args: { agentName: 'backtest_pipeline' } }] },
        }],
        sessionInput: { appName: 'backtestpilot', userId: 'u', state: { someKey: 1 } },
      }],
    });
    const evalCase = set.eval_cases[0]!;
    expect(set.eval_set_id).toBe('demo');
    expect(evalCase.conversation[0]!.intermediate_data?.tool_uses).toEqual([{ name: 'transfer_to_agent', args: { agentName: 'backtest_pipeline' } }]);
    expect(evalCase.session_input).toEqual({ app_name: 'backtestpilot', user_id: 'u', state: { someKey: 1 } });
    expect('evalId' in evalCase).toBe(false);
  });

  it('reads the newer invocation_events form as tool uses, tool responses and texts', () => {
    const set = EvalSetSchema.parse({
      eval_set_id: 'demo',
      eval_cases: [{
        eval_id: 'one',
        conversation: [{
          user_content: { parts: [{ text: 'SMA on BTC' }] },
          intermediate_data: {
            invocation_events: [
              { author: 'user_agent', content: { role: 'model', parts: [{ function_call: { name: 'parse_request', args: { text: 'SMA on BTC' } } }] } },
              { author: 'user_agent', content: { role: 'user', parts: [{ functionResponse: { name: 'parse_request', response: { ok: true } } }] } },
              { author: 'validation_agent', content: { role: 'model', parts: [{ text: 'Request checked.' }] } },
            ],
          },
        }],
      }],
    });
    expect(set.eval_cases[0]!.conversation[0]!.intermediate_data).toEqual({
      tool_uses: [{ name: 'parse_request', args: { text: 'SMA on BTC' } }],
      tool_responses: [{ name: 'parse_request', response: { ok: true } }],
      intermediate_responses: [['validation_agent', [{ text: 'Request checked.' }]]],
    });
  });

  it('keeps fields it does not know, so re-saving loses nothing', () => {
    const set = EvalSetSchema.parse({ eval_set_id: 'demo', eval_cases: [{ eval_id: 'one', conversation: [{ user_content: { parts: [] } }], rubrics: [{ id: 'r' }] }] });
    expect(set.eval_cases[0]!.rubrics).toEqual([{ id: 'r' }]);
  });

  it('refuses a case without a conversation and a today that is not a date', () => {
    expect(EvalSetSchema.safeParse({ eval_set_id: 'demo', eval_cases: [{ eval_id: 'one', conversation: [] }] }).success).toBe(false);
    expect(EvalSetSchema.safeParse({
      eval_set_id: 'demo',
      eval_cases: [{ eval_id: 'one', conversation: [{ user_content: { parts: [] } }], session_input: { app_name: 'a', user_id: 'u', today: '24/11/2026' } }],
    }).success).toBe(false);
  });

  it('takes a case\'s market data as local, replayed or offline, and refuses any other mode naming the field', () => {
    const caseWith = (market_data: string) => ({
      eval_set_id: 'demo',
      eval_cases: [{ eval_id: 'one', conversation: [{ user_content: { parts: [] } }], session_input: { app_name: 'a', user_id: 'u', market_data } }],
    });
    for (const mode of ['local', 'replayed', 'offline']) expect(EvalSetSchema.parse(caseWith(mode)).eval_cases[0]!.session_input?.market_data).toBe(mode);
    const refused = EvalSetSchema.safeParse(caseWith('online'));
    expect(refused.success).toBe(false);
    expect(refused.error!.issues[0]!.path).toEqual(['eval_cases', 0, 'session_input', 'market_data']);
  });
});
