// Drives the built Storybook's preview (iframe.html) in one page per browser: a story is switched
// and its language and theme set through Storybook's own channel, without reloading the page,
// and each combination is mounted afresh (play function included), so every run starts from the
// state the story's author wrote.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Storybook's own elements that are always in the preview's document, left out of axe. */
export const storybookChrome = ['.sb-wrapper', '#storybook-docs', '#storybook-highlights-root'];
/** What the story renders into. */
export const storyRoot = '#storybook-root';
/** axe rules the a11y addon always turns off for a story (a fragment has no landmarks). */
const addonDisabledRules = ['region'];

/** Stories written to fail the audit, for its own test (stories/audit-fixtures.stories.ts). */
export const fixtureTag = 'audit-fixture';

/** The stories of a built Storybook, from its index.json, in index order. */
export async function readStories(staticDir, { fixtures = false } = {}) {
  const index = JSON.parse(await readFile(join(staticDir, 'index.json'), 'utf8'));
  return Object.values(index.entries)
    .filter((entry) => entry.type === 'story')
    .filter((entry) => (entry.tags ?? []).includes(fixtureTag) === fixtures)
    .map(({ id, title, name, tags = [] }) => ({ id, title, name, tags }));
}

/**
 * Opens the preview. The a11y addon's own axe run after each render is switched off (its
 * `manual` global): the audit runs axe itself, with more tags.
 */
export async function openPreview(page, origin, firstStoryId) {
  await page.goto(
    `${origin}/iframe.html?viewMode=story&id=${encodeURIComponent(firstStoryId)}&globals=a11y.manual:!true`,
    { waitUntil: 'load' },
  );
  await page.waitForFunction(
    () =>
      Boolean(window.__STORYBOOK_PREVIEW__?.storyStoreValue && window.__STORYBOOK_ADDONS_CHANNEL__),
    { timeout: 60_000 },
  );
}

/**
 * What the audit needs to know of each story before running it: the globals it fixes (a story
 * written for one language, theme or viewport runs only in that one), its tag name, and its
 * a11y parameters (rules it turns off, with its reason in the story file).
 */
export async function describeStories(page, ids) {
  return page.evaluate(async (storyIds) => {
    const store = window.__STORYBOOK_PREVIEW__.storyStoreValue;
    const described = {};
    for (const storyId of storyIds) {
      try {
        const story = await store.loadStory({ storyId });
        const a11y = story.parameters?.a11y ?? {};
        described[storyId] = {
          // A story's own `globals` (CSF) are its `storyGlobals` once prepared.
          globals: JSON.parse(JSON.stringify(story.storyGlobals ?? story.globals ?? {})),
          component: typeof story.component === 'string' ? story.component : null,
          rules: (a11y.config?.rules ?? [])
            .filter((rule) => typeof rule?.id === 'string' && typeof rule.enabled === 'boolean')
            .map((rule) => ({ id: rule.id, enabled: rule.enabled })),
          context: typeof a11y.context === 'string' ? a11y.context : null,
          skipped: a11y.disable === true || a11y.test === 'off',
        };
      } catch (error) {
        described[storyId] = { error: String(error?.message ?? error) };
      }
    }
    return described;
  }, ids);
}

/** A story's axe rule switches as axe.run's `rules` option. */
export function rulesOf(described) {
  const rules = Object.fromEntries(addonDisabledRules.map((id) => [id, { enabled: false }]));
  for (const { id, enabled } of described.rules ?? []) rules[id] = { enabled };
  return rules;
}

/**
 * Shows a story with the given globals and waits until Storybook says it has finished (rendered
 * and played). Switching story mounts it; staying on the same story remounts it, so that state a
 * previous combination left behind (an open section, a field left invalid) never carries over.
 * @returns {Promise<{ status: string, error?: string }>}
 */
export async function showStory(page, { storyId, globals, switchStory }) {
  return page.evaluate(
    async ({ id, newGlobals, mount }) => {
      const preview = window.__STORYBOOK_PREVIEW__;
      const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
      const finished = new Promise((resolve) => {
        const done = (result) => {
          channel.off('storyFinished', onFinished);
          channel.off('storyMissing', onMissing);
          channel.off('storyErrored', onErrored);
          channel.off('playFunctionThrewException', onErrored);
          clearTimeout(timer);
          resolve(result);
        };
        const onFinished = (event) => {
          if (event?.storyId === id) done({ status: event.status });
        };
        const onMissing = () =>
          done({ status: 'error', error: 'Storybook does not know this story.' });
        const onErrored = (error) =>
          done({ status: 'error', error: String(error?.message ?? error?.title ?? error) });
        const timer = setTimeout(
          () => done({ status: 'error', error: 'The story did not finish within 30 seconds.' }),
          30_000,
        );
        channel.on('storyFinished', onFinished);
        channel.on('storyMissing', onMissing);
        channel.on('storyErrored', onErrored);
        channel.on('playFunctionThrewException', onErrored);
      });
      // Set the globals in the store directly: emitting updateGlobals would re-render the story
      // once more, without its play function.
      preview.storyStoreValue.userGlobals.update(newGlobals);
      if (mount) channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
      else channel.emit('forceRemount', { storyId: id });
      return finished;
    },
    { id: storyId, newGlobals: globals, mount: switchStory },
  );
}

/** A story's fixed viewport global (e.g. `smallPhone320`) as a width, or null. */
export function fixedWidth(globals) {
  const value = globals?.viewport?.value;
  const match = typeof value === 'string' ? /(\d+)$/.exec(value) : null;
  return match ? Number(match[1]) : null;
}
