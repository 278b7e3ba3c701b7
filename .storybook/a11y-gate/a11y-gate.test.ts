// Proves that the story run fails on an accessibility violation. Each canary story is run the
// way the Storybook plugin runs every story (composeStory + run, with the same project
// annotations from ../vitest.setup.ts), and must be rejected by the a11y addon with the axe
// rule we broke on purpose. The labelled control must pass, so a broken setup (e.g. a story that
// throws for another reason) cannot pass for a working gate.
import { composeStory } from 'storybook/preview-api';
import { afterEach, describe, expect, it } from 'vitest';
import meta, * as canaries from './canary.stories';

// With no project annotations of its own, composeStory uses the ones set in ../vitest.setup.ts.
const UnlabelledInput = composeStory(canaries.UnlabelledInput, meta);
const LowContrastText = composeStory(canaries.LowContrastText, meta);
const UnlabelledInputInShadowRoot = composeStory(canaries.UnlabelledInputInShadowRoot, meta);
const LabelledInput = composeStory(canaries.LabelledInput, meta);

afterEach(() => {
  document.body.replaceChildren();
});

/** The ids of the axe rules the a11y addon reported as violated for the last run of `story`. */
function violatedRules(story: {
  reporting: { reports: Array<{ type: string; result: unknown }> };
}) {
  const report = story.reporting.reports.find((entry) => entry.type === 'a11y');
  const result = report?.result as { violations?: Array<{ id: string }> } | undefined;
  return (result?.violations ?? []).map((violation) => violation.id);
}

describe('the story run fails on accessibility violations', () => {
  it('uses the project-wide a11y parameters (violations are errors)', () => {
    expect(UnlabelledInput.parameters['a11y']).toMatchObject({ test: 'error' });
  });

  it('rejects an unlabelled input', async () => {
    await expect(UnlabelledInput.run()).rejects.toThrow(/label/);
    expect(violatedRules(UnlabelledInput)).toContain('label');
  });

  it('rejects low-contrast text', async () => {
    await expect(LowContrastText.run()).rejects.toThrow(/color-contrast/);
    expect(violatedRules(LowContrastText)).toContain('color-contrast');
  });

  it('rejects an unlabelled input inside a shadow root', async () => {
    await expect(UnlabelledInputInShadowRoot.run()).rejects.toThrow(/label/);
    expect(violatedRules(UnlabelledInputInShadowRoot)).toContain('label');
  });

  it('passes the labelled control', async () => {
    await expect(LabelledInput.run()).resolves.toBeUndefined();
    expect(violatedRules(LabelledInput)).toEqual([]);
  });
});
