// Benchmark: how long does a page take to render 1,000 Belfry elements compared with the plain
// HTML a page would write without Belfry? One row per file in bench/cases/ (a component, its
// markup and its native equivalent), so the table grows with every component. Runs the built
// belfry.js with the token CSS in headless Chromium, renders each case into a container,
// component and plain HTML alternating, and prints medians and their ratio. A case for an element
// fed through properties (bf-ebox-list and its 1,000 messages) renders through its own functions
// instead of markup (see bench/cases/ebox-list.mjs).
// A benchmark, not a test: run it with `npm run bench` after `npm run build`.
//   node bench/render.mjs [--count 1000] [--blocks 6] [--only bf-button]
import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from '../scripts/find-browsers.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    blocks: { type: 'string', default: '6' },
    only: { type: 'string' },
  },
});
const count = Number(values.count);
// Each block renders a case `roundsPerBlock` times; blocks of component and plain HTML alternate.
const blocks = Number(values.blocks);
const roundsPerBlock = 8;

const casesDir = new URL('./cases/', import.meta.url);
const cases = [];
for (const file of (await readdir(casesDir)).filter((name) => name.endsWith('.mjs')).sort()) {
  const { default: benchCase } = await import(
    pathToFileURL(fileURLToPath(new URL(file, casesDir)))
  );
  if (!values.only || benchCase.name === values.only) cases.push(benchCase);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const page = `<!doctype html><html lang="nl-BE"><head><meta charset="utf-8"><title>bench</title>
<link rel="stylesheet" href="/packages/tokens/dist/css/belfry.css">
<script type="module" src="/packages/components/dist/belfry.js"></script></head>
<body><main id="stage"></main></body></html>`;
const server = await startStaticServer({
  root,
  pages: { '/': page },
  allow: (file) => /packages[\\/](components|tokens)[\\/]dist[\\/]/.test(file),
});
const browser = await launchChromium();

/**
 * Renders `markup` into the stage, or calls the case's own renderer for `kind` when it set one in
 * the page (`window.benchRender`, for an element fed through properties); waits for every
 * Belfry element and for layout; returns ms.
 */
function measure(tab, kind, markup) {
  return tab.evaluate(
    async ({ kind, markup }) => {
      const stage = document.getElementById('stage');
      stage.replaceChildren();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const start = performance.now();
      const render = kind === 'empty' ? undefined : window.benchRender?.[kind];
      if (render) {
        await render(stage);
      } else {
        stage.innerHTML = markup;
        const updates = [];
        for (const element of stage.querySelectorAll('*')) {
          if ('updateComplete' in element) updates.push(element.updateComplete);
        }
        await Promise.all(updates);
      }
      stage.getBoundingClientRect(); // force style and layout
      return performance.now() - start;
    },
    { kind, markup },
  );
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const rows = [];
try {
  const tab = await browser.newPage();
  await tab.goto(`${server.origin}/`);
  await tab.waitForFunction(() => customElements.get('bf-button'));
  // CPU time of the renderer processes: unlike the clock, it does not count the time spent
  // waiting for the CPU while other programs run, so ratios stay stable on a busy machine.
  const cdp = await browser.newBrowserCDPSession();
  const rendererCpu = async () => {
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
    return processInfo
      .filter((process) => process.type === 'renderer')
      .reduce((sum, process) => sum + process.cpuTime * 1000, 0);
  };

  for (const benchCase of cases) {
    // A case may define what it needs in the page first (a reference element, say), given its
    // `data` (made for `count`); one that feeds an element through properties sets
    // `window.benchRender` there instead of giving markup.
    const data = typeof benchCase.data === 'function' ? benchCase.data(count) : benchCase.data;
    if (benchCase.setup) await tab.evaluate(benchCase.setup, data ?? null);
    const markupOf = (render) =>
      render ? Array.from({ length: count }, (_, index) => render(index)).join('') : '';
    const markup = { component: markupOf(benchCase.component), plain: markupOf(benchCase.plain) };
    const wall = { component: [], plain: [] };
    const cpu = { component: [], plain: [], empty: [] };
    for (let block = 0; block < blocks + 1; block++) {
      // Alternate which runs first, so neither always meets a freshly collected heap. The
      // empty render measures what every round costs besides the elements (clearing the stage,
      // the animation frame), which is taken off both before comparing.
      const order = block % 2 ? ['plain', 'empty', 'component'] : ['component', 'empty', 'plain'];
      for (const kind of order) {
        const cpuBefore = await rendererCpu();
        const times = [];
        for (let round = 0; round < roundsPerBlock; round++) {
          times.push(await measure(tab, kind, kind === 'empty' ? '' : markup[kind]));
        }
        const cpuPerRender = ((await rendererCpu()) - cpuBefore) / roundsPerBlock;
        if (block === 0) continue; // the first block warms up the JIT and the caches
        if (kind !== 'empty') wall[kind].push(...times);
        cpu[kind].push(cpuPerRender);
      }
    }
    await tab.evaluate(() => delete window.benchRender);
    rows.push({
      ...benchCase,
      componentMs: median(wall.component),
      plainMs: median(wall.plain),
      ratio: median(wall.component) / median(wall.plain),
      cpuRatio: median(
        cpu.component.map(
          (time, block) => (time - cpu.empty[block]) / (cpu.plain[block] - cpu.empty[block]),
        ),
      ),
    });
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(
  `Rendering ${count} elements into a container, ${blocks * roundsPerBlock} rounds each, headless Chromium.`,
);
console.log('Time: median wall-clock time. CPU ratio: renderer CPU time, the steadier figure.\n');
console.log(
  '| Component | Plain HTML | Component time | Plain time | Time ratio | CPU ratio | Target |',
);
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) {
  // `target: null`: a row measured for information, with no target of its own.
  const target =
    row.target === undefined
      ? 'reference'
      : row.target === null
        ? '—'
        : `≤ ${row.target}×${row.ratio <= row.target ? '' : ' (over)'}`;
  console.log(
    `| \`<${row.name}>\` | \`${row.native}\` | ${row.componentMs.toFixed(1)} ms | ${row.plainMs.toFixed(1)} ms | ${row.ratio.toFixed(2)}× | ${row.cpuRatio.toFixed(2)}× | ${target} |`,
  );
}
