/**
 * Child process of the kill-in-the-middle-of-a-write test: starts the atomic write of a new
 * version of a file, writes half of it, says so on stdout, and waits to be killed (SIGKILL).
 */
import { writeFileAtomically } from '../../provenance.js';

const [target, text] = [process.argv[2]!, process.argv[3]!];
const half = Math.floor(text.length / 2);

async function* slowly(): AsyncGenerator<string> {
  yield text.slice(0, half);
  process.stdout.write('half-written\n');
  await new Promise(() => setInterval(() => {}, 1000));
  yield text.slice(half);
}

await writeFileAtomically(target, slowly());
