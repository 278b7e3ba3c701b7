// The front door of Belfry's Storybook, as a new designer meets it (after `npm run
// build-storybook`): it opens on Belfry's welcome page, branded, readable in light and dark, with
// none of Storybook's own onboarding, and every link between the docs pages leads somewhere.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadMainConfig } from 'storybook/internal/common';
import { launchChromium } from '../../scripts/find-browsers.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const root = join(repo, 'storybook-static');
const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const welcomeId = 'introduction-welcome--docs';

let server;
let browser;

before(async () => {
  server = await startStaticServer({ root });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** WCAG relative luminance contrast of two computed `rgb(…)` colours. */
function contrast(a, b) {
  const luminance = (rgb) => {
    const [r, g, b] = rgb
      .match(/[\d.]+/g)
      .slice(0, 3)
      .map((v) => Number(v) / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

test('the Storybook configuration turns off telemetry, What’s new and the onboarding checklist', async () => {
  const main = await loadMainConfig({ configDir: join(repo, '.storybook') });
  assert.equal(main.core?.disableTelemetry, true);
  assert.equal(main.core?.disableWhatsNewNotifications, true);
  assert.equal(main.features?.sidebarOnboardingChecklist, false);
  assert.equal(main.features?.menuOnboardingChecklist, false);
  // What the built manager reads: the flags must reach its FEATURES, not only the config file.
  const html = await readFile(join(root, 'index.html'), 'utf8');
  const features = JSON.parse(html.match(/window\['FEATURES'\] = (\{[\s\S]*?\});/)[1]);
  assert.equal(features.sidebarOnboardingChecklist, false);
  assert.equal(features.menuOnboardingChecklist, false);
});

test('the welcome page sorts first, so Storybook opens on it', () => {
  const first = Object.values(index.entries)[0];
  assert.equal(first.id, welcomeId);
});

for (const scheme of ['light', 'dark']) {
  test(`a fresh visit opens the welcome page, branded and readable (${scheme})`, async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      colorScheme: scheme,
    });
    const page = await context.newPage();
    try {
      await page.goto(`${server.origin}/`);
      await page.waitForURL(new RegExp(`path=/docs/${welcomeId}`));
      const preview = page.frameLocator('#storybook-preview-iframe');
      await preview.getByRole('heading', { level: 1, name: 'Welcome to Belfry' }).waitFor();

      // The brand: Belfry's name, as a link home, with its mark (loaded, not a broken image).
      const brand = page.getByRole('link', { name: 'Belfry', exact: true }).first();
      await brand.waitFor();
      const markLoaded = await page
        .locator('img[src$="assets/belfry-mark.svg"]')
        .first()
        .evaluate((img) => img.complete && img.naturalWidth > 0);
      assert.ok(markLoaded, 'the mark in the sidebar loads');
      assert.equal(
        await page.locator('link[rel="icon"][href$="assets/belfry-mark.svg"]').count(),
        1,
        'the tab shows the mark',
      );

      // No Storybook onboarding: no checklist, no guide, no "Get started".
      const sidebar = page.locator('#storybook-explorer-menu, nav').first();
      await sidebar.waitFor();
      for (const text of ['Get started', 'Onboarding guide', 'Onboarding checklist']) {
        assert.equal(await page.getByText(text).count(), 0, `"${text}" is shown`);
      }

      // Readable in this colour scheme: the sidebar's text and its selected row.
      const colours = await page.evaluate(() => {
        const selected = document.querySelector('[data-selected="true"]');
        const app = document.querySelector('#root > div') ?? document.body;
        const style = (el) => getComputedStyle(el);
        // The nearest ancestor that paints a background.
        const background = (el) => {
          for (let node = el; node; node = node.parentElement) {
            const bg = style(node).backgroundColor;
            if (bg && bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
          }
          return 'rgb(255, 255, 255)';
        };
        const label = selected?.querySelector('*:not(svg):not(path)') ?? selected;
        return {
          brandText: style(document.querySelector('a[href="./"]') ?? app).color,
          brandBg: background(document.querySelector('a[href="./"]') ?? app),
          selectedText: selected ? style(label).color : '',
          selectedBg: selected ? background(selected) : '',
        };
      });
      assert.ok(
        contrast(colours.brandText, colours.brandBg) >= 4.5,
        `brand ${JSON.stringify(colours)}`,
      );
      assert.ok(colours.selectedText, 'the welcome page is selected in the sidebar');
      assert.ok(
        contrast(colours.selectedText, colours.selectedBg) >= 4.5,
        `selected row ${JSON.stringify(colours)}`,
      );
    } finally {
      await context.close();
    }
  });
}

async function mdxFiles(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await mdxFiles(path)));
    else if (entry.name.endsWith('.mdx')) found.push(path);
  }
  return found;
}

test('every link to another Storybook page leads to a page that exists', async () => {
  const broken = [];
  for (const file of [
    ...(await mdxFiles(join(repo, 'docs'))),
    ...(await mdxFiles(join(repo, 'stories'))),
  ]) {
    const source = await readFile(file, 'utf8');
    for (const [, kind, id] of source.matchAll(/\?path=\/(docs|story)\/([a-z0-9-]+)/g)) {
      const entry = index.entries[id];
      if (!entry || entry.type !== (kind === 'docs' ? 'docs' : 'story')) {
        broken.push(`${relative(repo, file)}: ?path=/${kind}/${id}`);
      }
    }
  }
  assert.deepEqual(broken, []);
});

test('the Figma page names every token set and theme of the built Tokens Studio file', async () => {
  const studio = JSON.parse(
    await readFile(join(repo, 'packages/tokens/dist/figma/tokens-studio.json'), 'utf8'),
  );
  const page = await readFile(join(repo, 'docs/figma.mdx'), 'utf8');
  const missing = [
    ...studio.$metadata.tokenSetOrder.map((set) => `<code>${set}</code>`),
    ...studio.$themes.map((theme) => `*${theme.name}*`),
  ].filter((name) => !page.includes(name));
  assert.deepEqual(missing, []);
});
