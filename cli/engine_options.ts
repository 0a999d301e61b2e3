import type { Command } from 'commander';
import { parseMoneyOption, parseNumberOption } from './option_parsers.js';

/** Fees and slippage per fill, as EngineSettingsSchema allows them. */
const BPS_RANGE = { min: 0, max: 1_000 };

/** The engine-setting flags every command that runs backtests takes, declared once. */
export function withEngineSettingOptions(command: Command): Command {
  return command
    .option('--fees-bps <bps>', 'fee per fill in basis points (default 10)', parseNumberOption('--fees-bps', BPS_RANGE))
    .option('--slippage-bps <bps>', 'slippage per fill in basis points (default 0)', parseNumberOption('--slippage-bps', BPS_RANGE))
    .option('--capital <amount>', 'initial capital (default 10000)', parseMoneyOption('--capital'))
    .option('--allow-short', 'let strategies go short on their mirrored signals');
}
