// The audit engine: runs the checks over a matrix of targets (Storybook stories, or pages at
// URLs) × languages × themes × viewports × browsers, and returns the results in the report's
// shape (ADR 0032). One page per browser; the browsers run side by side.
import { join, relative } from 'node:path';
import { launch, useAuditClock, viewportSizes } from './browsers.mjs';
import { checkAxe, settle, takeTree, walkKeyboard } from './checks.mjs';
import {
  describeStories,
  fixedWidth,
  openPreview,
  rulesOf,
  showStory,
  storybookChrome,
  storyRoot,
} from './storybook.mjs';
import { compareSnapshot } from './tree.mjs';

export const allLanguages = ['nl', 'fr', 'de', 'en'];
export const allThemes = ['federal', 'dark', 'high-contrast'];
export const allViewports = [320, 1280];

/**
 * What each browser runs, viewport by viewport.
 * - full: every story in every language, theme and viewport, in Chromium and Firefox.
 * - ci: every story once in Chromium at 1280 px (axe and the tree) and once in Firefox at 320 px
 *   (axe and the keyboard walk); the language and theme turn from one story to the next (and
 *   differ between the browsers), so every language and theme is covered across the stories.
 *   Each browser takes two of the three checks, so that the two finish together within CI's
 *   time; the walk goes where the narrow screen is. See ADR 0032 for the figures.
 * @returns {{ browser: string, viewport: number, rotate: number | null, checks: string[] | null }[]}
 */
export function plan(mode, browsers, viewports) {
  if (mode === 'ci') {
    return [
      { browser: 'chromium', viewport: 1280, rotate: 0, checks: ['axe', 'tree'] },
      { browser: 'firefox', viewport: 320, rotate: 7, checks: ['axe', 'keyboard'] },
    ].filter((part) => browsers.includes(part.browser) && viewports.includes(part.viewport));
  }
  return browsers.flatMap((browser) =>
    viewports.map((viewport) => ({ browser, viewport, rotate: null, checks: null })),
  );
}

/** Orders the combinations so that consecutive ones differ in one global only. */
function combinations(languages, themes, reverse) {
  const list = [];
  languages.forEach((lang, index) => {
    const ordered = index % 2 === 0 ? themes : [...themes].reverse();
    for (const theme of ordered) list.push({ lang, theme });
  });
  return reverse ? list.reverse() : list;
}

/**
 * Audits every story of a built Storybook served at `origin`.
 * @param {object} options
 * @param {string} options.origin where storybook-static is served
 * @param {{ id: string, title: string, name: string }[]} options.stories from index.json
 * @param {string} options.snapshotDir folder of the committed tree snapshots
 * @param {string} options.repoRoot for repo-relative snapshot paths in the report
 * @param {boolean} options.update write changed and new snapshots instead of failing
 * @param {'full' | 'ci'} options.mode
 * @param {string[]} options.browsers
 * @param {string[]} options.languages
 * @param {string[]} options.themes
 * @param {number[]} options.viewports
 * @param {(message: string) => void} options.log
 */
export async function auditStorybook(options) {
  const { origin, stories, log } = options;
  const parts = plan(options.mode, options.browsers, options.viewports);
  const byBrowser = new Map();
  for (const part of parts) {
    if (!byBrowser.has(part.browser)) byBrowser.set(part.browser, []);
    byBrowser.get(part.browser).push(part);
  }
  const pagesPerBrowser = Math.max(1, options.pages ?? 1);
  let describing = null;
  const results = [];
  const problems = [];
  const started = Date.now();
  await Promise.all(
    [...byBrowser].flatMap(([browserName, browserParts]) =>
      // Each page takes every n-th story, so the pages share the work evenly. Each page has a
      // browser of its own: a page in the background of a shared window gets no animation
      // frames, and the checks wait for those.
      Array.from({ length: pagesPerBrowser }, async (_, shard) => {
        const browser = await launch(browserName);
        try {
          const page = await browser.newPage();
          await useAuditClock(page);
          watchRequests(page, origin, problems, browserName);
          await page.setViewport(sizeFor(browserParts[0].viewport));
          await openPreview(page, origin, stories[0].id);
          // The stories are described once, by whichever page is ready first.
          describing ??= describeStories(
            page,
            stories.map((story) => story.id),
          );
          const described = await describing;
          const mine = stories
            .map((story, index) => ({ story, index }))
            .filter(({ index }) => index % pagesPerBrowser === shard);
          let current = stories[0].id;
          let reverse = false;
          for (const part of browserParts) {
            await page.setViewport(sizeFor(part.viewport));
            const partStarted = Date.now();
            let runs = 0;
            for (const { story, index } of mine) {
              const info = described[story.id];
              if (!info || info.error) {
                if (shard === 0 || !info) {
                  problems.push(`${story.id}: Storybook could not load it (${info?.error}).`);
                }
                continue;
              }
              const width = fixedWidth(info.globals);
              // A story written for another width runs at that width, once, in the part
              // whose viewport is the nearest (320 for phones, 1280 for the rest).
              if (
                width !== null &&
                nearestViewport(width, browserViewports(browserParts)) !== part.viewport
              ) {
                continue;
              }
              const languages = info.globals.locale ? [info.globals.locale] : options.languages;
              const themes = info.globals.theme ? [info.globals.theme] : options.themes;
              const viewport = width ?? part.viewport;
              if (width !== null) await page.setViewport(sizeFor(width));
              reverse = !reverse;
              let chosen = combinations(languages, themes, reverse);
              if (part.rotate !== null) {
                const all = combinations(languages, themes, false);
                chosen = [all[(index + part.rotate) % all.length]];
              }
              for (const { lang, theme } of chosen) {
                const takeTreeNow =
                  browserName === 'chromium' && (part.rotate !== null || theme === themes[0]);
                const keyboard = part.rotate !== null || lang === languages[0];
                const checksHere = options.checks.filter(
                  (check) =>
                    (part.checks === null || part.checks.includes(check)) &&
                    (check === 'axe' ||
                      (check === 'tree' && takeTreeNow) ||
                      (check === 'keyboard' && keyboard)),
                );
                // Nothing to check in this combination (e.g. `--only tree` in another theme).
                if (!checksHere.length) continue;
                const result = await auditStoryRunSafely(page, {
                  ...options,
                  checks: checksHere,
                  story,
                  info,
                  browserName,
                  lang,
                  theme,
                  viewport,
                  switchStory: current !== story.id,
                  // Themes do not change the tree: it is taken once per language and viewport.
                  takeTreeNow,
                  // The keyboard walk does not depend on the language: once per theme.
                  keyboard,
                });
                current = story.id;
                results.push(result);
                runs += 1;
                if (result.render.startsWith(couldNotCheck)) {
                  // The preview may be gone (a story that navigated away): load it afresh, so
                  // that one story's fault does not end the runs after it.
                  await openPreview(page, origin, story.id).catch(() => {});
                  current = null;
                }
              }
              if (width !== null) await page.setViewport(sizeFor(part.viewport));
            }
            log(
              `${browserName} ${part.viewport}px, page ${shard + 1}: ${runs} runs in ${seconds(Date.now() - partStarted)}`,
            );
          }
        } finally {
          await browser.close();
        }
      }),
    ),
  );
  // The same order whatever the pages' timing: story order, then browser, viewport, language…
  const order = new Map(stories.map((story, index) => [story.id, index]));
  results.sort(
    (a, b) =>
      order.get(a.storyId) - order.get(b.storyId) ||
      a.browser.localeCompare(b.browser) ||
      a.viewport - b.viewport ||
      a.lang.localeCompare(b.lang) ||
      a.theme.localeCompare(b.theme),
  );
  return { results, problems, seconds: (Date.now() - started) / 1000, parts, timings };
}

function browserViewports(browserParts) {
  return browserParts.map((part) => part.viewport);
}

const couldNotCheck = 'The audit could not check this run: ';

/** One run; an error in it (a page that hangs, a story that throws) is reported, not fatal. */
async function auditStoryRunSafely(page, options) {
  try {
    return await auditStoryRun(page, options);
  } catch (error) {
    return {
      storyId: options.story.id,
      title: options.story.title,
      name: options.story.name,
      component: options.info.component,
      browser: options.browserName,
      lang: options.lang,
      theme: options.theme,
      viewport: options.viewport,
      render: `${couldNotCheck}${String(error?.message ?? error).split('\n')[0]}`,
      axe: null,
      tree: null,
      keyboard: null,
    };
  }
}

/** Milliseconds spent per phase, per browser: where the audit's time goes. */
export const timings = {};

function timed(browserName, phase, since) {
  timings[browserName] ??= { render: 0, axe: 0, tree: 0, keyboard: 0 };
  timings[browserName][phase] += Date.now() - since;
  return Date.now();
}

async function auditStoryRun(page, options) {
  const { story, info, browserName, lang, theme, viewport } = options;
  let clock = Date.now();
  const shown = await showStory(page, {
    storyId: story.id,
    globals: { locale: lang, theme },
    switchStory: options.switchStory,
  });
  await settle(page);
  clock = timed(browserName, 'render', clock);
  const result = {
    storyId: story.id,
    title: story.title,
    name: story.name,
    component: info.component,
    browser: browserName,
    lang,
    theme,
    viewport,
    render: shown.status === 'success' ? 'ok' : shown.error || 'The story reported an error.',
    axe: null,
    tree: null,
    keyboard: null,
  };
  // A story that did not finish shows a half-done state: its tree is neither compared nor kept.
  if (options.takeTreeNow && options.checks.includes('tree') && result.render === 'ok') {
    const text = await takeTree(page, storyRoot);
    const file = join(options.snapshotDir, `${story.id}.${lang}.${viewport}.aria.yml`);
    const status = await compareSnapshot(file, text, { update: options.update });
    result.tree = { status, snapshot: relative(options.repoRoot, file).split('\\').join('/') };
    clock = timed(browserName, 'tree', clock);
  }
  if (options.checks.includes('axe')) {
    result.axe = await checkAxe(page, {
      include: info.context,
      exclude: storybookChrome,
      rules: rulesOf(info),
    });
    if (info.rules.some((rule) => !rule.enabled)) {
      result.axe.rulesOff = info.rules.filter((rule) => !rule.enabled).map((rule) => rule.id);
    }
    clock = timed(browserName, 'axe', clock);
  }
  if (options.keyboard && options.checks.includes('keyboard')) {
    result.keyboard = await walkKeyboard(page, { within: storyRoot });
    timed(browserName, 'keyboard', clock);
  }
  return result;
}

/**
 * Audits pages at URLs: the same checks, on the whole document, at each viewport in each
 * browser. Languages and themes are the page's own (a site chooses them), so they are `null`.
 */
export async function auditUrls(options) {
  const { urls, log } = options;
  const results = [];
  const problems = [];
  const started = Date.now();
  await Promise.all(
    options.browsers.map(async (browserName) => {
      const browser = await launch(browserName);
      try {
        const page = await browser.newPage();
        for (const viewport of options.viewports) {
          await page.setViewport(sizeFor(viewport));
          for (const url of urls) {
            const result = {
              url,
              storyId: null,
              title: url,
              name: url,
              component: null,
              browser: browserName,
              lang: null,
              theme: null,
              viewport,
              render: 'ok',
              axe: null,
              tree: null,
              keyboard: null,
            };
            try {
              const response = await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
              if (response && !response.ok()) {
                result.render = `The page answered with HTTP ${response.status()}.`;
              }
              await settle(page);
              result.lang = await page.evaluate(() => document.documentElement.lang || null);
              result.name = (await page.title()) || url;
              result.axe = await checkAxe(page);
              if (browserName === 'chromium') {
                result.tree = { status: 'taken', text: await takeTree(page, null) };
              }
              result.keyboard = await walkKeyboard(page, { within: null });
            } catch (error) {
              result.render = `The page could not be audited: ${error.message}`;
            }
            results.push(result);
            log(`${browserName} ${viewport}px ${url}`);
          }
        }
      } finally {
        await browser.close();
      }
    }),
  );
  return { results, problems, seconds: (Date.now() - started) / 1000 };
}

function watchRequests(page, origin, problems, browserName) {
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return;
    const message = `${browserName}: the Storybook asked for ${url}; it must not reach outside.`;
    if (!problems.includes(message)) problems.push(message);
  });
}

function sizeFor(width) {
  return viewportSizes[width] ?? { width, height: width <= 480 ? 640 : 800 };
}

function nearestViewport(width, viewports) {
  return [...viewports].sort((a, b) => Math.abs(a - width) - Math.abs(b - width))[0];
}

function seconds(milliseconds) {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}
