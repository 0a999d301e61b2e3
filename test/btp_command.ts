import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * How tests start the real `btp` as its own process: `node` and these arguments, then the command's.
 * It is the built bin users run (`npx btp`), which starts in about a fifth of the time of the
 * sources through tsx (0.3 s against 1.3 s), and the suite starts a few hundred of them.
 * test/built_cli_setup.ts builds it before the edge tests when any source is newer, and
 * cli/bundle.test.ts checks that it answers as the sources do.
 */
export const BTP_COMMAND: readonly string[] = [path.join(REPO_ROOT, 'dist', 'cli', 'btp.js')];
