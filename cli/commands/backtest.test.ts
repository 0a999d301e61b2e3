/**
 * `btp backtest` names the data each result ran on and which source served it, by a portable id
 * (the data folder's name and the file name): the output never says where the folders are.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDatabasePath } from '../../test/memory/temp_database.js';
import { BTP_COMMAND } from '../../test/btp_command.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE = path.join(REPO_ROOT, 'data', 'sample');
const run = promisify(execFile);
const database = tempDatabasePath();

async function btp(dataDir: string, ...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [...BTP_COMMAND, ...args], {
    cwd: REPO_ROOT, env: { ...process.env, BTP_DB: database, BTP_DATA_DIR: dataDir },
  });
  return stdout;
}

const sha256Of = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const WINDOW = ['--from', '2022-01-01', '--to', '2022-12-31'];

describe('btp backtest: the data a result ran on', () => {
  it('on the bundled sample: source sample, id sample/BTC-USDT-1d.csv, the digest of the file read', async () => {
    const { results } = JSON.parse(await btp(SAMPLE, 'backtest', '--symbols', 'BTC', ...WINDOW, '--json')) as { results: Array<{ data: unknown }> };
    const digest = sha256Of(path.join(SAMPLE, 'BTC-USDT-1d.csv'));
    expect(results[0]!.data).toEqual({
      file: 'BTC-USDT-1d.csv', sha256: digest, interval: '1d',
      provenance: { source: 'sample', id: 'sample/BTC-USDT-1d.csv', digest },
    });
  });

  it('on a file in a user\'s folder: source file, named by the folder\'s name, with no absolute path anywhere in the output', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'btp-home-'));
    const folder = path.join(home, 'my-prices');
    mkdirSync(folder);
    copyFileSync(path.join(SAMPLE, 'ETH-USDT-1d.csv'), path.join(folder, 'ETH-USDT-1d.csv'));
    const stdout = await btp(folder, 'backtest', '--symbols', 'ETH', ...WINDOW, '--json');
    const { results } = JSON.parse(stdout) as { results: Array<{ data: { provenance: unknown } }> };
    expect(results[0]!.data.provenance).toEqual({ source: 'file', id: 'my-prices/ETH-USDT-1d.csv', digest: sha256Of(path.join(folder, 'ETH-USDT-1d.csv')) });
    for (const place of [home, REPO_ROOT, os.homedir()]) expect(stdout).not.toContain(place);
  });

  it('says the source in the HTML tearsheet: the Data table\'s Source column', async () => {
    const html = path.join(mkdtempSync(path.join(os.tmpdir(), 'btp-backtest-report-')), 'report.html');
    await btp(SAMPLE, 'backtest', '--symbols', 'BTC', ...WINDOW, '--no-chart', '--html', html);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<th class="right">Bars</th><th>Source</th><th>SHA-256</th>');
    expect(page).toContain(`<td>sample</td><td><code>${sha256Of(path.join(SAMPLE, 'BTC-USDT-1d.csv'))}</code></td>`);
  });
});
