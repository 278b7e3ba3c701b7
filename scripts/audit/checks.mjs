// The three checks the audit runs on whatever a page shows (a story, or an agency's page): axe,
// the accessibility tree, and a walk with the Tab key that measures each focus indicator.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { crop, decode, measureIndicator } from './focus-indicator.mjs';
import {
  blurFocused,
  describeFocus,
  listFocusable,
  refocus,
  removeFocusStart,
  resetFocus,
  runAxe,
} from './in-page.mjs';
import { treeToText } from './tree.mjs';
import { allTags, sortAxeResults } from './wcag.mjs';

const require = createRequire(import.meta.url);
/** axe-core from node_modules, injected into each page: never fetched from a CDN. */
export const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Injects axe once per document. */
export async function injectAxe(page) {
  const present = await page.evaluate(() => typeof window.axe === 'object');
  if (!present) await page.evaluate(axeSource);
}

/**
 * Waits until the page has settled: every Lit element (through shadow roots) has finished its
 * update, fonts are loaded, and running transitions are jumped to their end, so screenshots and
 * axe see the final state.
 */
export async function settle(page) {
  await page.evaluate(async () => {
    const pending = [];
    const collect = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.updateComplete instanceof Promise) pending.push(element.updateComplete);
        if (element.shadowRoot) collect(element.shadowRoot);
      }
    };
    collect(document);
    await Promise.all(pending);
    await document.fonts?.ready;
    for (const animation of document.getAnimations()) {
      try {
        animation.finish();
      } catch {
        // An endless animation (a spinner) cannot finish; it is left running.
      }
    }
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/**
 * axe on the page with WCAG 2.0/2.1/2.2 A and AA (failures) and AAA and best practices
 * (information). `rules` switches single rules on or off (a story's own `a11y.config.rules`).
 */
export async function checkAxe(page, { include = null, exclude = [], rules = {} } = {}) {
  await injectAxe(page);
  const raw = await page.evaluate(runAxe, { include, exclude, tags: allTags, rules });
  return sortAxeResults(raw);
}

/**
 * The accessibility tree under `root` (a selector; the whole page when null) as text. Chromium
 * only: it is the one browser whose driver exposes its tree.
 */
export async function takeTree(page, root) {
  const handle = root ? await page.$(root) : null;
  try {
    const snapshot = await page.accessibility.snapshot({
      interestingOnly: false,
      ...(handle ? { root: handle } : {}),
    });
    return treeToText(snapshot);
  } finally {
    await handle?.dispose();
  }
}

const indicatorMargin = 8;
const minimumContrast = 3;

/** A PNG of the viewport, or of a clip of it (document coordinates), decoded. */
async function screenshot(page, clip) {
  const png = await page.screenshot({
    ...(clip ? { clip } : {}),
    captureBeyondViewport: false,
    type: 'png',
  });
  return decode(Buffer.from(png));
}

/** The element's box plus a margin for outlines and offsets, kept inside the viewport. */
function clipAround(info) {
  const { box, viewport, scroll } = info;
  const left = Math.max(scroll.x, Math.floor(box.x - indicatorMargin));
  const top = Math.max(scroll.y, Math.floor(box.y - indicatorMargin));
  const right = Math.min(scroll.x + viewport.width, Math.ceil(box.x + box.width + indicatorMargin));
  const bottom = Math.min(
    scroll.y + viewport.height,
    Math.ceil(box.y + box.height + indicatorMargin),
  );
  if (right - left < 1 || bottom - top < 1) return null;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * The stop's focus indicator: a screenshot of its box focused, compared with the same box
 * unfocused. While the layout is as it was before the first Tab, the unfocused pixels come from
 * one screenshot taken then; otherwise (the page scrolled, something opened) focus is taken away
 * for a second screenshot and given back.
 */
async function measureStop(page, info, baseline) {
  const clip = clipAround(info);
  if (!clip) return null;
  const focused = await screenshot(page, clip);
  let unfocused;
  if (baseline && info.layout === baseline.layout) {
    unfocused = crop(baseline.image, {
      x: clip.x - baseline.scroll.x,
      y: clip.y - baseline.scroll.y,
      width: clip.width,
      height: clip.height,
    });
  } else {
    await page.evaluate(blurFocused);
    await settle(page);
    unfocused = await screenshot(page, clip);
    await page.evaluate(refocus);
  }
  return measureIndicator(unfocused, focused, outlineLength(info));
}

/**
 * How many pixels a 1 CSS px line around the element covers where it can be seen: a control
 * partly cut off by a scrolling box shows its indicator only along its uncut edges.
 */
export function outlineLength({ elementBox, visibleEdges: edges }) {
  const whole = 2 * (elementBox.width + elementBox.height);
  if (!edges) return whole;
  const shown =
    (Number(edges.top) + Number(edges.bottom)) * edges.width +
    (Number(edges.left) + Number(edges.right)) * edges.height;
  // Nothing of its edge shows (a control bigger than its scrolling box): judge it as a whole.
  return shown > 0 ? shown : whole;
}

/**
 * Presses Tab through the page and records each stop: role, name, and the focus indicator
 * measured from screenshots of the element unfocused and focused. Problems: a focusable element
 * Tab never reaches, a stop out of the page's order, an invisible or faint indicator, focus that
 * cannot leave.
 * @param {{ within?: string | null, indicators?: boolean }} options `within`: where the elements
 *   to reach are (the story root); `indicators: false` skips the screenshots (order only).
 */
export async function walkKeyboard(page, { within = null, indicators = true } = {}) {
  await page.evaluate(() => window.focus());
  await page.evaluate(resetFocus);
  const { entries: focusable, layout } = await page.evaluate(listFocusable, { within });
  const baseline =
    indicators && focusable.length
      ? {
          layout,
          image: await screenshot(page, null),
          scroll: await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY })),
        }
      : null;
  const orderOf = new Map();
  focusable.forEach((entry, index) => entry.ids.forEach((id) => orderOf.set(id, index)));
  const stops = [];
  const problems = [];
  const seen = new Set();
  const limit = Math.max(50, focusable.length * 2 + 10);
  let previous = null;
  let trapped = true;
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(describeFocus);
    // Focus reached the end of the page, or came back round to where it started (a modal
    // dialog keeps focus inside it, as it should).
    if (!info || seen.has(info.id)) {
      trapped = false;
      break;
    }
    seen.add(info.id);
    if (info.frameId) seen.add(info.frameId);
    const stop = { role: info.role, name: info.name, indicator: null };
    if (indicators) {
      const measured = info.box ? await measureStop(page, info, baseline) : null;
      if (!measured) {
        problems.push(`${label(stop)} has focus but is not on screen, so focus is not visible.`);
        stop.indicator = { changed: false, contrast: 1, area: 0 };
      } else {
        stop.indicator = measured;
        if (!measured.changed) {
          problems.push(`${label(stop)}: nothing changes on screen when it gets focus.`);
        } else if (measured.contrast < minimumContrast) {
          problems.push(
            `${label(stop)}: the focus indicator has a contrast of ${measured.contrast}:1 against what surrounds it; at least 3:1 is needed.`,
          );
        }
      }
    }
    const order = orderOf.get(info.id);
    if (order !== undefined && previous && previous.order !== undefined && order < previous.order) {
      problems.push(
        `${label(stop)} comes after ${label(previous.stop)} with Tab, but before it in the page.`,
      );
    }
    if (order !== undefined) previous = { order, stop };
    stops.push(stop);
  }
  if (trapped && focusable.length > 0) {
    problems.push(
      `Focus did not reach the end of the page or come back to its start after ${limit} presses of Tab.`,
    );
  }
  for (const entry of focusable) {
    if (entry.positive) {
      // Tab reaches it first from the top of the page, before everything else: out of order
      // (WCAG 2.4.3), whatever the walk from the story's start saw.
      problems.push(
        `${entry.label} has tabindex="${entry.positive}": Tab reaches it before everything else, out of the page's order.`,
      );
    } else if (!entry.ids.some((id) => seen.has(id))) {
      problems.push(`${entry.label} can get focus but Tab never reaches it.`);
    }
  }
  await page.evaluate(removeFocusStart);
  return { stops, problems };
}

function label(stop) {
  return stop.name ? `${stop.role} "${stop.name}"` : `${stop.role} (no name)`;
}
