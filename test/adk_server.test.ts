import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startAdkServer, type AdkServer } from './adk_server.js';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const fromRepo = (file: string) => JSON.stringify(path.join(REPO_ROOT, file));

/**
 * A throwaway agents folder shaped like ours: one app wired through our models and observability
 * modules (imported by absolute path, so the bundle includes them), a control app that does not
 * silence ADK's warnings, and a sibling folder with no agent file.
 */
async function writeAgentsFolder(root: string): Promise<string> {
  // esbuild resolves npm packages from the agent file upwards; the loader links node_modules from
  // the nearest package.json.
  await writeFile(path.join(root, 'package.json'), JSON.stringify({ type: 'module' }));
  await symlink(path.join(REPO_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  const agentsDir = path.join(root, 'agents');
  await mkdir(path.join(agentsDir, 'echo_app'), { recursive: true });
  await mkdir(path.join(agentsDir, 'loud_app'));
  await mkdir(path.join(agentsDir, 'shared_code'));
  await writeFile(
    path.join(agentsDir, 'echo_app', 'agent.ts'),
    `import ${fromRepo('agents/observability/quiet_adk_logs.js')};
import { LlmAgent, SequentialAgent } from '@google/adk';
import { loadConfig } from ${fromRepo('adk.config.js')};
import { chooseModel } from ${fromRepo('agents/models/model_choice.js')};
import { registerPlanner } from ${fromRepo('agents/models/planner_registry.js')};
import { withObservability } from ${fromRepo('agents/observability/with_observability.js')};

registerPlanner('echo', (turn) => ({ text: 'echo: ' + turn.userText }));
const model = chooseModel(loadConfig());
export const rootAgent = new SequentialAgent(
  withObservability({ name: 'echo_app', subAgents: [new LlmAgent(withObservability({ name: 'echo', model }))] }),
);
`,
  );
  await writeFile(
    path.join(agentsDir, 'loud_app', 'agent.ts'),
    `import { LlmAgent, LoopAgent } from '@google/adk';
import ${fromRepo('agents/models/offline_model.js')};
export const rootAgent = new LoopAgent({ name: 'loud_app', maxIterations: 1, subAgents: [new LlmAgent({ name: 'loud', model: 'offline-rules' })] });
`,
  );
  await writeFile(path.join(agentsDir, 'shared_code', 'helpers.ts'), 'export const helper = 1;\n');
  return agentsDir;
}

async function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

interface RunEvent {
  author: string;
  partial?: boolean;
  content?: { parts?: Array<{ text?: string }> };
}

const textOf = (event: RunEvent) => event.content?.parts?.[0]?.text;

/** The app bundles the CLI wrote into this server's own temp folder (none once the folder is gone). */
async function bundlesIn(bundleDir: string): Promise<string[]> {
  const entries = await readdir(bundleDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries.filter((entry) => entry.startsWith('adk_agent_loader-'));
}

let tempRoot: string;
let agentsDir: string;

beforeAll(async () => {
  tempRoot = await mkdtemp(path.join(os.tmpdir(), 'btp-adk-server-'));
  agentsDir = await writeAgentsFolder(tempRoot);
});

afterAll(async () => {
  await rm(tempRoot, { recursive: true, force: true });
});

describe('startAdkServer api_server', () => {
  let server: AdkServer;

  beforeAll(async () => {
    server = await startAdkServer({ command: 'api_server', agentsDir, env: { BTP_MODEL: 'offline-rules', BTP_LOG_LEVEL: 'info' } });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('lists only folders with an agent file', async () => {
    const apps = await (await fetch(`${server.baseUrl}/list-apps`)).json();
    expect(apps).toEqual(['echo_app', 'loud_app']);
  });

  it('answers /run and /run_sse through the offline model registered inside the bundle', async () => {
    const sessionResponse = await postJson(`${server.baseUrl}/apps/echo_app/users/tester/sessions`, {});
    expect(sessionResponse.status).toBe(200);
    const { id: sessionId } = (await sessionResponse.json()) as { id: string };
    const message = (text: string) => ({ role: 'user', parts: [{ text }] });

    const run = await postJson(`${server.baseUrl}/run`, { appName: 'echo_app', userId: 'tester', sessionId, newMessage: message('hello') });
    expect(run.status).toBe(200);
    const events = (await run.json()) as RunEvent[];
    expect(events.map((event) => [event.author, textOf(event)])).toEqual([['echo', 'echo: hello']]);

    const sse = await postJson(`${server.baseUrl}/run_sse`, {
      appName: 'echo_app', userId: 'tester', sessionId, streaming: true, newMessage: message('again'),
    });
    const streamed = (await sse.text())
      .split('\n')
      .filter((line) => line.startsWith('data: '))
      .map((line) => JSON.parse(line.slice('data: '.length)) as RunEvent);
    expect(streamed.map((event) => [event.partial === true, textOf(event)])).toEqual([[true, 'echo: again'], [false, 'echo: again']]);
  });

  it('prints our JSON agent logs to stderr and no ADK deprecation warning for the app that silenced them', () => {
    const logLines = server.output().split('\n').filter((line) => line.startsWith('{'));
    const agentEvents = logLines.map((line) => JSON.parse(line) as { event?: string; agent?: string }).filter((log) => log.event);
    expect(agentEvents).toEqual(expect.arrayContaining([
      expect.objectContaining({ event: 'agent.started', agent: 'echo' }),
      expect.objectContaining({ event: 'agent.completed', agent: 'echo_app' }),
    ]));
    expect(server.output()).toContain('LoopAgent is deprecated'); // the control app did not silence ADK
    expect(server.output()).not.toContain('SequentialAgent is deprecated');
  });

  it('stops the whole process group and removes the bundles it built', async () => {
    // Only this server's folder is checked: other runs may have left theirs in the shared /tmp.
    expect((await bundlesIn(server.bundleDir)).length).toBeGreaterThan(0);
    await server.stop();
    expect(() => process.kill(-server.pid, 0)).toThrow();
    expect(await bundlesIn(server.bundleDir)).toEqual([]);
    await expect(fetch(`${server.baseUrl}/list-apps`)).rejects.toThrow();
  });
});

describe('startAdkServer web', () => {
  it('serves the dev UI on loopback and stops', async () => {
    const server = await startAdkServer({ command: 'web', agentsDir, env: { BTP_MODEL: 'offline-rules' } });
    try {
      const page = await fetch(`${server.baseUrl}/dev-ui/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Agent Development Kit');
    } finally {
      await server.stop();
    }
    expect(() => process.kill(-server.pid, 0)).toThrow();
  });
});
