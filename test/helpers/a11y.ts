import type { AxeResults, ElementContext, Result, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe?: { run(context: ElementContext, options: RunOptions): Promise<AxeResults> };
  }
}

/** The WCAG 2.2 level A and AA rule tags every Belfry component must pass. */
export const wcagAA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

export interface AccessibleOptions {
  /** Rule tags to run instead of WCAG 2.2 AA. */
  tags?: readonly string[];
  /** Rule tags to run on top of WCAG 2.2 AA, e.g. `['wcag2aaa']` to check AAA contrast. */
  extraTags?: readonly string[];
  /** Rule ids to switch off, each with a reason in the test. */
  disableRules?: readonly string[];
}

/** Loads axe-core once per page; a test file may call it in `before` to keep it out of the first test's time. */
export async function loadAxe(): Promise<NonNullable<Window['axe']>> {
  // axe-core is a UMD script: importing it registers `window.axe`.
  if (!window.axe) await import('axe-core/axe.min.js');
  if (!window.axe) throw new Error('axe-core did not load');
  return window.axe;
}

/** Runs axe on `element` (shadow roots included) and returns the violations. */
export async function axeViolations(
  element: Element,
  options: AccessibleOptions = {},
): Promise<Result[]> {
  const axe = await loadAxe();
  const tags = [...(options.tags ?? wcagAA), ...(options.extraTags ?? [])];
  const rules = Object.fromEntries(
    (options.disableRules ?? []).map((id) => [id, { enabled: false }]),
  );
  const results = await axe.run(element, {
    runOnly: { type: 'tag', values: tags },
    rules,
    resultTypes: ['violations'],
  });
  return results.violations;
}

/** A readable list of violations: rule, impact, WCAG criteria, where, and how to fix. */
export function formatViolations(violations: readonly Result[]): string {
  const lines = [`${violations.length} accessibility violation(s):`];
  violations.forEach((violation, index) => {
    const criteria = violation.tags.filter((tag) => /^wcag\d/.test(tag)).join(', ');
    lines.push(
      `${index + 1}. [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} (${criteria})`,
    );
    lines.push(`   ${violation.helpUrl}`);
    for (const node of violation.nodes) {
      lines.push(`   at ${JSON.stringify(node.target)}: ${node.html}`);
      const summary = node.failureSummary
        ?.split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .join(' ');
      if (summary) lines.push(`     ${summary}`);
    }
  });
  return lines.join('\n');
}

/**
 * Fails with a readable list of violations when `element` breaks a WCAG 2.2 A/AA rule that axe
 * can detect. Pass `{ extraTags: ['wcag2aaa'] }` to hold an element to AAA as well.
 */
export async function expectAccessible(
  element: Element,
  options: AccessibleOptions = {},
): Promise<void> {
  const violations = await axeViolations(element, options);
  if (violations.length > 0) throw new Error(formatViolations(violations));
}
