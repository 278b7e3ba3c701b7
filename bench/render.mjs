// Benchmark: how long does a page take to render N <bf-button>s compared with N native
// <button>s? Runs the built belfry.js in headless Chromium, alternating the two cases, and prints
// medians and their ratio. A benchmark, not a test: run it with `npm run bench` after a build.
//   node bench/render.mjs [--count 500] [--rounds 30]
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { chromiumArgs, requireChromium } from '../scripts/find-browsers.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '500' }, rounds: { type: 'string', default: '30' } },
});
const count = Number(values.count);
const rounds = Number(values.rounds);
const distDir = fileURLToPath(new URL('../packages/components/dist/', import.meta.url));

const page = `<!doctype html><html lang="nl-BE"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/belfry.js"></script></head><body><div id="stage"></div></body></html>`;

const server = await startStaticServer({ root: distDir, pages: { '/': page } });
const browser = await chromium.launch({
  executablePath: requireChromium(),
  args: chromiumArgs.filter((arg) => !arg.startsWith('--headless')),
});

try {
  const tab = await browser.newPage();
  await tab.goto(`${server.origin}/`);
  await tab.waitForFunction(() => customElements.get('bf-button'));
  // A baseline: the least any shadow-DOM button can cost (a shadow root, one shared style sheet,
  // a <button> around a <slot>), without Lit, form association or localization.
  await tab.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      ':host{display:inline-block} button{display:inline-flex;min-block-size:2.75rem;padding:.5rem 1rem}',
    );
    customElements.define(
      'plain-shadow-button',
      class extends HTMLElement {
        connectedCallback() {
          if (this.shadowRoot) return;
          const root = this.attachShadow({ mode: 'open' });
          root.adoptedStyleSheets = [sheet];
          const button = document.createElement('button');
          button.append(document.createElement('slot'));
          root.append(button);
        }
      },
    );
  });

  /** Renders `count` elements of `kind`, waits for layout, and returns the milliseconds taken. */
  const measure = (kind) =>
    tab.evaluate(
      async ({ kind, count }) => {
        const stage = document.getElementById('stage');
        stage.replaceChildren();
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const start = performance.now();
        const fragment = document.createDocumentFragment();
        for (let index = 0; index < count; index++) {
          const element = document.createElement(kind);
          element.textContent = `Versturen ${index}`;
          fragment.append(element);
        }
        stage.append(fragment);
        if (kind === 'bf-button')
          await Promise.all([...stage.children].map((el) => el.updateComplete));
        stage.getBoundingClientRect(); // force style and layout
        return performance.now() - start;
      },
      { kind, count },
    );

  const samples = { button: [], 'plain-shadow-button': [], 'bf-button': [] };
  for (let round = 0; round < rounds + 3; round++) {
    for (const kind of Object.keys(samples)) {
      const time = await measure(kind);
      if (round >= 3) samples[kind].push(time); // the first rounds warm up the JIT
    }
  }
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  const native = median(samples.button);
  const shadow = median(samples['plain-shadow-button']);
  const belfry = median(samples['bf-button']);
  console.log(`Rendering ${count} elements, median of ${rounds} rounds (headless Chromium):`);
  console.log(`  native <button>:              ${native.toFixed(1)} ms`);
  console.log(`  minimal shadow-DOM button:    ${shadow.toFixed(1)} ms`);
  console.log(`  <bf-button>:                  ${belfry.toFixed(1)} ms`);
  console.log(`  bf-button / native:           ${(belfry / native).toFixed(2)}×`);
  console.log(`  bf-button / minimal shadow:   ${(belfry / shadow).toFixed(2)}×`);
} finally {
  await browser.close();
  await server.close();
}
