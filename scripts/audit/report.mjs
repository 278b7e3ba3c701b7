// audit.json: the report's data (ADR 0032 gives the shape; the conformance pages and dashboards
// read it). A run fails on a WCAG A/AA violation, a keyboard problem, a changed or new
// accessibility tree, or a story that did not render.

/** Why a run fails, as short phrases; empty when it passes. */
export function failuresOf(result) {
  const reasons = [];
  if (result.render !== 'ok') reasons.push('did not render');
  if (result.axe?.violations.length) reasons.push(`${result.axe.violations.length} axe violations`);
  if (result.keyboard?.problems.length) {
    reasons.push(`${result.keyboard.problems.length} keyboard problems`);
  }
  if (result.tree?.status === 'changed') reasons.push('accessibility tree changed');
  if (result.tree?.status === 'new') reasons.push('accessibility tree has no snapshot');
  return reasons;
}

export function buildReport({ matrix, run, update }) {
  const results = run.results;
  let violations = 0;
  let incomplete = 0;
  let aaa = 0;
  let keyboardProblems = 0;
  let failedRuns = 0;
  let renderErrors = 0;
  const trees = { same: 0, changed: 0, new: 0, updated: 0, taken: 0 };
  const stories = new Set();
  for (const result of results) {
    stories.add(result.storyId ?? result.url);
    violations += result.axe?.violations.length ?? 0;
    incomplete += result.axe?.incomplete.length ?? 0;
    aaa += result.axe?.aaa.length ?? 0;
    keyboardProblems += result.keyboard?.problems.length ?? 0;
    if (result.render !== 'ok') renderErrors += 1;
    if (result.tree) trees[result.tree.status] += 1;
    if (failuresOf(result).length) failedRuns += 1;
  }
  const summary = {
    passed: failedRuns === 0 && run.problems.length === 0,
    targets: stories.size,
    runs: results.length,
    axeRuns: results.filter((result) => result.axe).length,
    keyboardRuns: results.filter((result) => result.keyboard).length,
    treesTaken: results.filter((result) => result.tree).length,
    failedRuns,
    violations,
    incomplete,
    aaa,
    keyboardProblems,
    treesChanged: trees.changed,
    treesNew: trees.new,
    treesUpdated: trees.updated,
    renderErrors,
    problems: run.problems,
    seconds: Math.round(run.seconds),
    // Seconds per phase and browser, summed over the runs (the browsers run side by side).
    phases: Object.fromEntries(
      Object.entries(run.timings ?? {}).map(([browser, phases]) => [
        browser,
        Object.fromEntries(
          Object.entries(phases).map(([phase, ms]) => [phase, Math.round(ms / 100) / 10]),
        ),
      ]),
    ),
    snapshotsUpdated: Boolean(update),
  };
  return {
    version: 1,
    generatedAt: new Date().toISOString(),
    matrix,
    results,
    summary,
  };
}
