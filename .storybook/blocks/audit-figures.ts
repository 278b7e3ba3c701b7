// The audit figures on the conformance pages (docs/conformance/*.mdx). `npm run conformance`
// summarises reports/audit/audit.json per component into reports/audit/figures-by-component.json
// when a report is present, and removes the summary when not. Both are git-ignored: the figures
// change with every audit run, so they are read at build time instead of written into the
// committed pages. A glob, not an import, so that Storybook builds without a report.
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

interface Figures {
  generatedAt: string;
  matrix?: Record<string, string[] | undefined>;
  components: Record<string, ComponentFigures>;
}

const summaries = import.meta.glob<Figures>('../../reports/audit/figures-by-component.json', {
  eager: true,
  import: 'default',
});
const figures: Figures | undefined = Object.values(summaries)[0];

const noReport = h(
  'p',
  null,
  'No audit report was present when this Storybook was built. Run ',
  h('code', null, 'npm run audit'),
  ' and then ',
  h('code', null, 'npm run build-storybook'),
  ' to see the figures here.',
);

/** When the audit ran, and on what (browsers, languages, themes, viewports). */
function runLine(report: Figures): ReactNode {
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

/** One component's figures from the last audit, or why there are none. */
export function AuditFigures({ component }: { component: string }): ReactNode {
  if (!figures) return noReport;
  const mine = figures.components[component];
  if (!mine) {
    return h(
      Fragment,
      null,
      runLine(figures),
      h('p', null, 'The report has no story of this component.'),
    );
  }
  return h(
    Fragment,
    null,
    runLine(figures),
    h(
      'ul',
      null,
      h('li', null, `${mine.stories.length} stories, ${mine.runs} runs (every combination).`),
      h(
        'li',
        null,
        `${Object.values(mine.violations).reduce((sum, rule) => sum + rule.runs, 0)} violations, ${Object.values(mine.incomplete).reduce((sum, rule) => sum + rule.runs, 0)} items that need review.`,
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
  if (!figures) return noReport;
  const all = Object.values(figures.components);
  const count = (pick: (c: ComponentFigures) => Record<string, RuleFigures>) =>
    all.reduce(
      (sum, c) => sum + Object.values(pick(c)).reduce((total, rule) => total + rule.runs, 0),
      0,
    );
  return h(
    Fragment,
    null,
    runLine(figures),
    h(
      'p',
      null,
      `${all.length} components, ${all.reduce((sum, c) => sum + c.runs, 0)} runs: ${count((c) => c.violations)} violations, ${count((c) => c.incomplete)} items that need review, ${all.reduce((sum, c) => sum + c.keyboardProblems.length, 0)} keyboard problems.`,
    ),
  );
}
