// Maps axe-core's tags to WCAG success criteria and levels, and sorts axe's findings into what
// fails the audit (WCAG 2.0/2.1/2.2 A and AA), what a person must review (axe's "incomplete"),
// and what is information only (AAA and axe's best practices).

/** The tags whose rules fail the audit: WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const failingTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Reported as information: AAA, and axe's best practices (real faults, but not WCAG). */
// (axe 4.14 has no wcag22a, wcag21aaa or wcag22aaa rules.)
export const informationTags = ['wcag2aaa', 'best-practice'];
export const allTags = [...failingTags, ...informationTags];

const levelTag = /^wcag2\d?(a{1,3})$/;
const criterionTag = /^wcag(\d)(\d)(\d+)$/;

/** `wcag1410` → `1.4.10`; the other tags give nothing. */
export function criteriaOf(tags) {
  const criteria = [];
  for (const tag of tags) {
    const match = criterionTag.exec(tag);
    if (match) criteria.push(`${match[1]}.${match[2]}.${match[3]}`);
  }
  return [...new Set(criteria)];
}

/** The WCAG level a rule's tags give it: 'A', 'AA', 'AAA', or 'best-practice' when none. */
export function levelOf(tags) {
  const levels = tags
    .map((tag) => levelTag.exec(tag)?.[1])
    .filter(Boolean)
    .map((letters) => letters.toUpperCase());
  // A rule tagged with several levels (rare) counts at its strictest, lowest requirement.
  for (const level of ['A', 'AA', 'AAA']) if (levels.includes(level)) return level;
  return 'best-practice';
}

const summaryLength = 300;

/** One axe rule result in the report's shape: criteria, level, and each node's target. */
export function toFinding(result) {
  return {
    id: result.id,
    impact: result.impact ?? null,
    help: result.help,
    helpUrl: result.helpUrl,
    criteria: criteriaOf(result.tags),
    level: levelOf(result.tags),
    nodes: result.nodes.map((node) => ({
      // A target is a list of selectors: one per shadow root on the way down to the node.
      target: node.target
        .map((part) => (Array.isArray(part) ? part.join(' ') : part))
        .join(' >>> '),
      summary: (node.failureSummary ?? '').slice(0, summaryLength),
    })),
  };
}

/**
 * Sorts axe results into the report's three lists: `violations` (WCAG A/AA: the audit fails),
 * `incomplete` (axe could not decide: a person must review), `aaa` (information only: AAA and
 * best practices, told apart by `level`).
 */
export function sortAxeResults(results) {
  const violations = [];
  const aaa = [];
  for (const result of results.violations) {
    const finding = toFinding(result);
    if (finding.level === 'A' || finding.level === 'AA') violations.push(finding);
    else aaa.push(finding);
  }
  return { violations, incomplete: results.incomplete.map(toFinding), aaa };
}
