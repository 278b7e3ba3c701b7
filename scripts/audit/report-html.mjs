// index.html: the audit report for people. Static and accessible: no script, headings for
// component and story, tables with headers, failures first, and every piece of text escaped
// (story names and page addresses come from authors and sites, not from us).
import { failuresOf } from './report.mjs';

const entities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in element content and in quoted attribute values. */
export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (character) => entities[character]);
}

const esc = escapeHtml;

/** Only http(s) links are kept: a `javascript:` address in a report would be a trap. */
function safeHref(url) {
  return /^https?:\/\//i.test(String(url ?? '')) ? esc(url) : null;
}

const styles = `
:root { color-scheme: light; font-family: system-ui, sans-serif; line-height: 1.5; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem; color: #1a1d21; background: #ffffff; }
h1, h2, h3 { line-height: 1.25; }
h2 { border-top: 2px solid #1a1d21; padding-top: 1rem; margin-top: 2.5rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border: 1px solid #6b7280; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #eef0f3; }
.fail { color: #a4000f; font-weight: 700; }
.pass { color: #1b5e20; }
.note { color: #3b4350; }
a { color: #00437a; }
a:focus-visible, summary:focus-visible { outline: 3px solid #1a1d21; outline-offset: 2px; }
details { margin: 0.25rem 0 0.75rem; }
summary { cursor: pointer; }
code { font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
ul { margin: 0.25rem 0; }
`;

function findingList(title, findings) {
  if (!findings?.length) return '';
  return `<p><strong>${esc(title)}</strong></p><ul>${findings
    .map((finding) => {
      const href = safeHref(finding.helpUrl);
      const criteria = finding.criteria.length
        ? `WCAG ${finding.criteria.map(esc).join(', ')} (${esc(finding.level)})`
        : esc(finding.level);
      const help = href ? `<a href="${href}">${esc(finding.help)}</a>` : esc(finding.help);
      return `<li><code>${esc(finding.id)}</code>: ${help}. ${criteria}${
        finding.impact ? `, impact ${esc(finding.impact)}` : ''
      }.<ul>${finding.nodes
        .slice(0, 10)
        .map(
          (node) =>
            `<li><code>${esc(node.target)}</code>${node.summary ? `: ${esc(node.summary)}` : ''}</li>`,
        )
        .join(
          '',
        )}${finding.nodes.length > 10 ? `<li>and ${finding.nodes.length - 10} more</li>` : ''}</ul></li>`;
    })
    .join('')}</ul>`;
}

function keyboardDetails(keyboard) {
  if (!keyboard) return '';
  const problems = keyboard.problems.length
    ? `<p><strong>Keyboard problems</strong></p><ul>${keyboard.problems
        .map((problem) => `<li>${esc(problem)}</li>`)
        .join('')}</ul>`
    : '';
  const stops = keyboard.stops.length
    ? `<table><caption>Tab stops, in order</caption><thead><tr><th scope="col">#</th><th scope="col">Role</th><th scope="col">Name</th><th scope="col">Focus indicator</th></tr></thead><tbody>${keyboard.stops
        .map(
          (stop, index) =>
            `<tr><td>${index + 1}</td><td>${esc(stop.role)}</td><td>${esc(stop.name)}</td><td>${
              stop.indicator
                ? stop.indicator.changed
                  ? `${esc(stop.indicator.contrast)}:1`
                  : '<span class="fail">none</span>'
                : 'not measured'
            }</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '<p>No Tab stops.</p>';
  return problems + stops;
}

function runLabel(result) {
  return [
    result.browser,
    result.lang ?? 'page language',
    result.theme ?? '',
    `${result.viewport} px`,
  ]
    .filter(Boolean)
    .join(', ');
}

function runDetails(result) {
  const reasons = failuresOf(result);
  const parts = [];
  if (result.render !== 'ok') parts.push(`<p class="fail">${esc(result.render)}</p>`);
  if (result.axe) {
    parts.push(findingList('Violations (WCAG A and AA)', result.axe.violations));
    parts.push(findingList('Needs review (axe could not decide)', result.axe.incomplete));
    parts.push(findingList('Information (AAA and best practice)', result.axe.aaa));
    if (result.axe.rulesOff?.length) {
      parts.push(
        `<p class="note">Rules this story turns off, with its reason in the story file: ${result.axe.rulesOff
          .map((id) => `<code>${esc(id)}</code>`)
          .join(', ')}.</p>`,
      );
    }
  }
  if (result.tree?.snapshot) {
    parts.push(
      `<p>Accessibility tree: ${esc(result.tree.status)} (<code>${esc(result.tree.snapshot)}</code>).</p>`,
    );
  }
  if (result.tree?.text) {
    parts.push(
      `<details><summary>Accessibility tree</summary><pre>${esc(result.tree.text)}</pre></details>`,
    );
  }
  parts.push(keyboardDetails(result.keyboard));
  const body = parts.filter(Boolean).join('');
  if (!body) return '';
  const status = reasons.length ? `fails: ${reasons.join(', ')}` : 'passes';
  return `<details${reasons.length ? ' open' : ''}><summary>${esc(runLabel(result))}: ${esc(status)}</summary>${body}</details>`;
}

function runRow(result) {
  const reasons = failuresOf(result);
  const cell = (value) => `<td>${value}</td>`;
  return `<tr><th scope="row">${esc(runLabel(result))}</th>${cell(
    reasons.length
      ? `<span class="fail">Fails: ${esc(reasons.join(', '))}</span>`
      : '<span class="pass">Passes</span>',
  )}${cell(result.axe ? String(result.axe.violations.length) : 'not run')}${cell(
    result.axe ? String(result.axe.incomplete.length) : 'not run',
  )}${cell(result.keyboard ? `${result.keyboard.stops.length} stops, ${result.keyboard.problems.length} problems` : 'not run')}${cell(
    result.tree ? esc(result.tree.status) : 'not taken',
  )}</tr>`;
}

function storySection(key, runs) {
  const failing = runs.filter((result) => failuresOf(result).length);
  const first = runs[0];
  const heading = first.storyId ? `${first.title} / ${first.name}` : `${first.name} (${first.url})`;
  const ordered = [...failing, ...runs.filter((result) => !failuresOf(result).length)];
  const withDetails = ordered.filter(
    (result) => failuresOf(result).length || result.keyboard || result.axe?.incomplete.length,
  );
  return `<section aria-labelledby="${esc(idOf(key))}"><h3 id="${esc(idOf(key))}">${esc(heading)} <span class="${
    failing.length ? 'fail' : 'pass'
  }">(${failing.length ? `${failing.length} of ${runs.length} runs fail` : `all ${runs.length} runs pass`})</span></h3>${
    first.storyId ? `<p class="note">Story id: <code>${esc(first.storyId)}</code></p>` : ''
  }<table><caption>Runs of this ${first.storyId ? 'story' : 'page'}, failures first</caption><thead><tr><th scope="col">Browser, language, theme, viewport</th><th scope="col">Result</th><th scope="col">Violations</th><th scope="col">To review</th><th scope="col">Keyboard</th><th scope="col">Tree</th></tr></thead><tbody>${ordered
    .map(runRow)
    .join('')}</tbody></table>${withDetails.map(runDetails).join('')}</section>`;
}

function idOf(key) {
  return `t-${key.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

/** The HTML report: summary, then component → story → runs, failures first at every level. */
export function renderHtml(report) {
  const { summary, matrix } = report;
  const groups = new Map();
  for (const result of report.results) {
    const component = result.storyId ? (result.component ?? result.title.split('/')[0]) : 'Pages';
    if (!groups.has(component)) groups.set(component, new Map());
    const key = result.storyId ?? result.url;
    const stories = groups.get(component);
    if (!stories.has(key)) stories.set(key, []);
    stories.get(key).push(result);
  }
  const failCount = (runs) => runs.filter((result) => failuresOf(result).length).length;
  const components = [...groups].map(([name, stories]) => {
    const storyList = [...stories].sort((a, b) => failCount(b[1]) - failCount(a[1]));
    const failing = storyList.reduce((sum, [, runs]) => sum + failCount(runs), 0);
    return { name, storyList, failing };
  });
  components.sort((a, b) => b.failing - a.failing || a.name.localeCompare(b.name));
  const verdict = summary.passed
    ? '<p class="pass"><strong>The audit passes.</strong></p>'
    : `<p class="fail"><strong>The audit fails: ${summary.failedRuns} of ${summary.runs} runs.</strong></p>`;
  const figures = [
    ['Stories or pages', summary.targets],
    ['Runs', summary.runs],
    ['Runs that fail', summary.failedRuns],
    ['WCAG A/AA violations', summary.violations],
    ['Keyboard problems', summary.keyboardProblems],
    ['Accessibility trees changed', summary.treesChanged],
    ['Accessibility trees without a snapshot', summary.treesNew],
    ['Items for a person to review', summary.incomplete],
    ['AAA and best-practice information', summary.aaa],
    ['Duration (seconds)', summary.seconds],
  ];
  const contents = components
    .map(
      (component) =>
        `<li><a href="#${esc(idOf(`c-${component.name}`))}">${esc(component.name)}</a>${
          component.failing ? ` <span class="fail">(${component.failing} failing runs)</span>` : ''
        }</li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Belfry accessibility audit ${esc(report.generatedAt)}</title>
<style>${styles}</style>
</head>
<body>
<header><h1>Accessibility audit</h1>
<p>Generated ${esc(report.generatedAt)}. Browsers: ${esc(matrix.browsers.join(', '))}${
    matrix.languages?.length ? `; languages: ${esc(matrix.languages.join(', '))}` : ''
  }${matrix.themes?.length ? `; themes: ${esc(matrix.themes.join(', '))}` : ''}; viewports: ${esc(
    matrix.viewports.join(' px, '),
  )} px${matrix.mode ? `; ${matrix.mode === 'ci' ? 'CI subset' : 'full matrix'}` : ''}.</p></header>
<main>
<h2>Summary</h2>
${verdict}
<table><caption>Figures</caption><tbody>${figures
    .map(([name, value]) => `<tr><th scope="row">${esc(name)}</th><td>${esc(value)}</td></tr>`)
    .join('')}</tbody></table>
${
  summary.problems.length
    ? `<p class="fail"><strong>Problems with the run itself</strong></p><ul>${summary.problems
        .map((problem) => `<li>${esc(problem)}</li>`)
        .join('')}</ul>`
    : ''
}
<p class="note">Automated checks find part of what can go wrong. What a person must still test is
listed in the audit guide (docs/accessibility/audit.md).</p>
<nav aria-label="Components"><h2>Components</h2><ul>${contents}</ul></nav>
${components
  .map(
    (component) =>
      `<section aria-labelledby="${esc(idOf(`c-${component.name}`))}"><h2 id="${esc(
        idOf(`c-${component.name}`),
      )}">${esc(component.name)}</h2>${component.storyList
        .map(([key, runs]) => storySection(key, runs))
        .join('')}</section>`,
  )
  .join('\n')}
</main>
</body>
</html>
`;
}
