// Blocks of the conformance pages (docs/conformance/*.mdx, decision 0033) that show what changes
// without a change to the component: the committed accessibility-tree snapshots and the figures
// of the last audit. `npm run conformance` (run before Storybook starts or builds) summarises
// both into docs/conformance/generated/build-data.json, which is git-ignored; a glob, not an
// import, so that Storybook still builds when it has not run.
import { createElement as h, Fragment, type ReactNode } from 'react';

interface RuleFigures {
  help: string;
  criteria: string[];
  level?: string;
  runs: number;
}

interface ComponentFigures {
  runs: number;
  stories: string[];
  violations: Record<string, RuleFigures>;
  incomplete: Record<string, RuleFigures>;
  keyboardProblems: string[];
  treesChanged: number;
  treesNew: number;
  stops: number;
  weakIndicators: number;
}

interface AuditFigures {
  generatedAt: string;
  matrix?: Record<string, string[] | undefined>;
  components: Record<string, ComponentFigures>;
}

interface ComponentTree {
  roles: string[];
  states: string[];
  snapshots: { storyId: string; lang: string; viewport: string; path: string; text: string }[];
}

interface BuildData {
  trees: Record<string, ComponentTree>;
  audit: AuditFigures | null;
}

const files = import.meta.glob<BuildData>('../../docs/conformance/generated/build-data.json', {
  eager: true,
  import: 'default',
});
const buildData: BuildData | undefined = Object.values(files)[0];

const notGenerated = h(
  'p',
  null,
  'Run ',
  h('code', null, 'npm run conformance'),
  ' (or ',
  h('code', null, 'npm start'),
  ', which runs it) to see this section.',
);

const noReport = h(
  'p',
  null,
  'No audit report was present when this Storybook was built. Run ',
  h('code', null, 'npm run audit'),
  ' and then ',
  h('code', null, 'npm run build-storybook'),
  ' to see the figures here.',
);

const codeList = (items: string[]): ReactNode =>
  items.length === 0
    ? 'none'
    : items.map((item, index) =>
        h(Fragment, { key: item }, index > 0 ? ', ' : '', h('code', null, item)),
      );

/** The roles, states and tree of each story of a component, from the committed snapshots. */
export function AccessibilityTree({ component }: { component: string }): ReactNode {
  if (!buildData) return notGenerated;
  const tree = buildData.trees[component];
  if (!tree) {
    return h(
      'p',
      null,
      'No snapshot of this component is committed yet. Until there is one, the guide’s ',
      'screen-reader notes and the component’s a11y-tree tests describe what screen readers get.',
    );
  }
  return h(
    Fragment,
    null,
    h('p', null, 'Roles: ', codeList(tree.roles), '.'),
    h('p', null, 'States and properties: ', codeList(tree.states), '.'),
    tree.snapshots.map((snapshot) =>
      h(
        Fragment,
        { key: snapshot.path },
        h(
          'h4',
          null,
          `${snapshot.storyId.split('--')[1] ?? snapshot.storyId} (${snapshot.lang}, ${snapshot.viewport} px)`,
        ),
        h('pre', { className: 'bf-tree-snapshot', lang: snapshot.lang }, snapshot.text),
      ),
    ),
  );
}

/** When the audit ran, and on what (browsers, languages, themes, viewports). */
function runLine(report: AuditFigures): ReactNode {
  const matrix = Object.entries(report.matrix ?? {})
    .filter(([, values]) => Array.isArray(values) && values.length > 0)
    .map(([name, values]) => `${name}: ${(values ?? []).join(', ')}`)
    .join('; ');
  return h(
    'p',
    null,
    `Audit of ${report.generatedAt}`,
    matrix ? ` (${matrix})` : '',
    '. The full report is reports/audit/index.html.',
  );
}

function ruleList(title: string, rules: Record<string, RuleFigures>): ReactNode {
  const entries = Object.entries(rules);
  if (entries.length === 0) return h('p', null, `${title}: none.`);
  return h(
    Fragment,
    null,
    h('p', null, `${title}:`),
    h(
      'ul',
      null,
      entries.map(([id, rule]) =>
        h(
          'li',
          { key: id },
          h('code', null, id),
          ` ${rule.help} (WCAG ${rule.criteria.join(', ') || '–'}${rule.level ? `, ${rule.level}` : ''}): in ${rule.runs} of the runs`,
        ),
      ),
    ),
  );
}

const total = (rules: Record<string, RuleFigures>) =>
  Object.values(rules).reduce((sum, rule) => sum + rule.runs, 0);

/** One component's figures from the last audit, or why there are none. */
export function AuditFigures({ component }: { component: string }): ReactNode {
  if (!buildData) return notGenerated;
  const report = buildData.audit;
  if (!report) return noReport;
  const mine = report.components[component];
  if (!mine) {
    return h(
      Fragment,
      null,
      runLine(report),
      h('p', null, 'The report has no story of this component.'),
    );
  }
  return h(
    Fragment,
    null,
    runLine(report),
    h(
      'ul',
      null,
      h('li', null, `${mine.stories.length} stories, ${mine.runs} runs (every combination).`),
      h(
        'li',
        null,
        `${total(mine.violations)} violations, ${total(mine.incomplete)} items that need review.`,
      ),
      h(
        'li',
        null,
        `${mine.stops} Tab stops measured, ${mine.weakIndicators} with a focus indicator that did not change or measured under 3:1.`,
      ),
      h(
        'li',
        null,
        `Accessibility tree: ${mine.treesChanged} changed and ${mine.treesNew} new compared with the committed snapshots.`,
      ),
    ),
    ruleList('Violations', mine.violations),
    ruleList('Needs review', mine.incomplete),
    mine.keyboardProblems.length > 0
      ? h(
          Fragment,
          null,
          h('p', null, 'Keyboard problems:'),
          h(
            'ul',
            null,
            mine.keyboardProblems.map((problem) => h('li', { key: problem }, problem)),
          ),
        )
      : h('p', null, 'Keyboard problems: none.'),
  );
}

/** The totals of the last audit, for the overview page. */
export function AuditSummary(): ReactNode {
  if (!buildData) return notGenerated;
  const report = buildData.audit;
  if (!report) return noReport;
  const all = Object.values(report.components);
  return h(
    Fragment,
    null,
    runLine(report),
    h(
      'p',
      null,
      `${all.length} components, ${all.reduce((sum, c) => sum + c.runs, 0)} runs: ${all.reduce((sum, c) => sum + total(c.violations), 0)} violations, ${all.reduce((sum, c) => sum + total(c.incomplete), 0)} items that need review, ${all.reduce((sum, c) => sum + c.keyboardProblems.length, 0)} keyboard problems.`,
    ),
  );
}
