import { describe, expect, it } from 'vitest';
import { inBranchOrder, toInvocation, type TurnEvent } from './turn_to_invocation.js';

const callEvent = (author: string, name: string, args: Record<string, unknown>, branch?: string): TurnEvent =>
  ({ author, branch, content: { role: 'model', parts: [{ functionCall: { id: `id-${name}-${author}`, name, args } }] } });
const responseEvent = (author: string, name: string, response: Record<string, unknown>, branch?: string): TurnEvent =>
  ({ author, branch, content: { role: 'user', parts: [{ functionResponse: { id: 'x', name, response } }] } });
const textEvent = (author: string, text: string, branch?: string): TurnEvent => ({ author, branch, content: { role: 'model', parts: [{ text }] } });

describe('inBranchOrder', () => {
  it('orders the items of sibling parallel branches by branch, stably, and leaves the rest in place', () => {
    const items = [
      { id: 1 }, { id: 2, branch: 'backtest.shard_1' }, { id: 3, branch: 'backtest.shard_0' }, { id: 4, branch: 'backtest.shard_1' }, { id: 5 },
    ];
    expect(inBranchOrder(items).map((item) => item.id)).toEqual([1, 3, 2, 4, 5]);
  });

  it('does not mix runs under different parents', () => {
    const items = [{ id: 1, branch: 'b.y' }, { id: 2, branch: 'b.x' }, { id: 3, branch: 'c.x' }, { id: 4, branch: 'b.a' }];
    expect(inBranchOrder(items).map((item) => item.id)).toEqual([2, 1, 3, 4]);
  });
});

describe('toInvocation', () => {
  const events: TurnEvent[] = [
    callEvent('user_agent', 'parse_request', { text: 'SMA on BTC' }),
    responseEvent('user_agent', 'parse_request', { ok: true, spec: { symbols: ['BTC'] } }),
    callEvent('backtest_shard_1', 'run_backtests', { shard: 1 }, 'backtest_agent.backtest_shard_1'),
    callEvent('backtest_shard_0', 'run_backtests', { shard: 0 }, 'backtest_agent.backtest_shard_0'),
    textEvent('backtest_shard_1', 'Shard 1: ran 1 backtest(s).', 'backtest_agent.backtest_shard_1'),
    textEvent('backtest_shard_0', 'Shard 0: ran 1 backtest(s).', 'backtest_agent.backtest_shard_0'),
    callEvent('risk_agent', 'analyze_risk', {}),
    responseEvent('risk_agent', 'analyze_risk', { rows: [] }),
    textEvent('report_agent', '# Report'),
  ];
  const invocation = toInvocation({ invocationId: 'case_turn_1', userText: 'SMA on BTC', reply: '# Report', events, createdAt: 1 });

  it('lists every tool call by name and args, without ids, parallel shards in branch order', () => {
    expect(invocation.intermediate_data?.tool_uses).toEqual([
      { name: 'parse_request', args: { text: 'SMA on BTC' } },
      { name: 'run_backtests', args: { shard: 0 } },
      { name: 'run_backtests', args: { shard: 1 } },
      { name: 'analyze_risk', args: {} },
    ]);
  });

  it('holds args as JSON holds them: a key set to undefined is absent, as in the recording', () => {
    const planned = toInvocation({
      invocationId: 'x', userText: 'x', reply: '', createdAt: 0,
      events: [callEvent('user_agent', 'list_experiments', { limit: 5, symbol: undefined })],
    });
    expect(Object.keys(planned.intermediate_data!.tool_uses[0]!.args)).toEqual(['limit']);
  });

  it('keeps the reviewed tool responses and leaves out the bulky analysis', () => {
    expect(invocation.intermediate_data?.tool_responses).toEqual([{ name: 'parse_request', response: { ok: true, spec: { symbols: ['BTC'] } } }]);
  });

  it('keeps any tool response that is a typed error', () => {
    const failed = toInvocation({
      invocationId: 'x', userText: 'x', reply: 'no', createdAt: 0,
      events: [responseEvent('risk_agent', 'analyze_risk', { error: { code: 'bad_request', message: 'm' } })],
    });
    expect(failed.intermediate_data?.tool_responses).toEqual([{ name: 'analyze_risk', response: { error: { code: 'bad_request', message: 'm' } } }]);
  });

  it('holds the user message, the final response, and the steps\' texts as intermediate responses', () => {
    expect(invocation.user_content).toEqual({ role: 'user', parts: [{ text: 'SMA on BTC' }] });
    expect(invocation.final_response).toEqual({ role: 'model', parts: [{ text: '# Report' }] });
    expect(invocation.intermediate_data?.intermediate_responses).toEqual([
      ['backtest_shard_0', [{ text: 'Shard 0: ran 1 backtest(s).' }]],
      ['backtest_shard_1', [{ text: 'Shard 1: ran 1 backtest(s).' }]],
    ]);
    expect(invocation.invocation_id).toBe('case_turn_1');
  });
});
