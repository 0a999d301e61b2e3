/**
 * Serves the app to AdkApiServer from this process's own, already compiled agent tree. ADK's
 * default loader bundles agents/<app>/agent.ts with esbuild at start-up, which needs the
 * TypeScript sources and the dev tool chain in the image; this one needs neither, and the runner
 * gets the App with our plugins. It answers the loader methods AdkApiServer calls.
 */
import type { App } from '@google/adk';
import type { AdkApiServer } from '@google/adk-devtools';

type AgentLoaderOption = NonNullable<ConstructorParameters<typeof AdkApiServer>[0]['agentLoader']>;

export function inProcessAgentLoader(app: App): AgentLoaderOption {
  const file = {
    load: async () => app,
    loadAgent: async () => app.rootAgent,
    loadApp: async () => app,
    getFilePath: () => `in-process:${app.name}`,
    dispose: async () => undefined,
    [Symbol.asyncDispose]: async () => undefined,
  };
  const getFile = async (name: string) => {
    if (name !== app.name) throw new Error(`no app named ${JSON.stringify(name)}`);
    return file;
  };
  const loader = {
    listAgents: async () => [app.name],
    listApps: async () => [app.name],
    listLoadFailures: async () => [],
    getAgentFile: getFile,
    getAppFile: getFile,
    preloadAgents: async () => undefined,
    disposeAll: async () => undefined,
  };
  // AgentLoader is a class with private fields, so no object literal satisfies its type; this one
  // implements every method AdkApiServer calls on it.
  return loader as unknown as AgentLoaderOption;
}
