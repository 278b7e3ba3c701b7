// Web Test Runner plugin: `executeServerCommand('belfry-ssr-fixtures')` gives a browser test the
// HTML that a Node server renders for every component fixture (test/<component>/ssr.fixtures.mjs),
// from the built packages, and the built entry points to hydrate it with.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const script = fileURLToPath(new URL('./render-fixtures.mjs', import.meta.url));

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function ssrFixturesPlugin() {
  /** One server render per test run: every test file asks for the same fixtures. */
  let rendered;
  return {
    name: 'belfry-ssr-fixtures',
    async executeCommand({ command }) {
      if (command !== 'belfry-ssr-fixtures') return undefined;
      rendered ??= run(process.execPath, [script], { maxBuffer: 64 * 1024 * 1024 }).then(
        ({ stdout }) => JSON.parse(stdout),
        (error) => {
          throw new Error(
            `Server rendering the fixtures failed:\n${error.stderr || error.message}`,
          );
        },
      );
      return rendered;
    },
  };
}
