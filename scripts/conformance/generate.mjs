// Writes one conformance page per component (docs/conformance/<folder>.mdx, "Conformance/<Name>"
// in Storybook) and an overview, from sources that already exist, so a page cannot drift from the
// code (decision 0033):
// - the elements, their attributes, properties, events, slots and parts: custom-elements.json;
// - the keyboard table and what is the page author's job: the component's guide,
//   docs/components/<folder>.mdx (its "## Keyboard" and "## Accessibility" sections);
// - what a person must write once (expected announcements and their verification, the WCAG 2.2
//   criteria, known limitations): docs/conformance/data/<folder>.json.
// The pages are committed, so a change in what testers read shows in review; `npm run conformance`
// (run by `npm run build-storybook`) rewrites them and test/docs/conformance.test.mjs fails when
// one is stale or missing. What changes without a change to the component is not written into
// the pages: the accessibility-tree snapshots (test/audit/snapshots/, updated by `npm run audit`)
// and the figures of an audit run (reports/audit/audit.json) go to a git-ignored summary,
// docs/conformance/generated/build-data.json, that the pages' blocks show at build time.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wcag22 } from './wcag22.mjs';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The screen reader and browser pairs every page gives expected announcements for. */
export const assistiveTechnologies = [
  { key: 'nvdaFirefox', label: 'NVDA + Firefox' },
  { key: 'jawsChrome', label: 'JAWS + Chrome' },
  { key: 'voiceOverIos', label: 'VoiceOver + Safari (iOS)' },
];

const paths = {
  components: 'packages/components/src',
  manifest: 'packages/components/custom-elements.json',
  guides: 'docs/components',
  stories: 'stories',
  snapshots: 'test/audit/snapshots',
  data: 'docs/conformance/data',
  pages: 'docs/conformance',
  audit: 'reports/audit/audit.json',
  buildData: 'docs/conformance/generated/build-data.json',
};

const read = (root, path) => readFileSync(join(root, path), 'utf8');
const readIfExists = (root, path) => (existsSync(join(root, path)) ? read(root, path) : undefined);

/** Every component folder that registers elements, with its tags (from `define('bf-…')`). */
export function componentFolders(root = repoRoot) {
  const folders = new Map();
  const dir = join(root, paths.components);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const index = readIfExists(root, `${paths.components}/${entry.name}/index.ts`);
    if (!index) continue;
    const tags = [...index.matchAll(/\.define\(\s*['"](bf-[a-z0-9-]+)['"]/g)].map((m) => m[1]);
    // The folder's own element first (`bf-accordion`, then `bf-accordion-item`).
    const main = `bf-${entry.name}`;
    tags.sort((a, b) => Number(b === main) - Number(a === main));
    if (tags.length > 0) folders.set(entry.name, tags);
  }
  return new Map([...folders].sort(([a], [b]) => a.localeCompare(b)));
}

/** The level-2 section `heading` of an MDX page (outside code blocks), without comments. */
export function sectionOf(mdx, heading) {
  let inCode = false;
  let body;
  for (const line of mdx.split('\n')) {
    if (/^\s*```/.test(line)) inCode = !inCode;
    const h2 = !inCode && /^## (.+?)\s*$/.exec(line);
    if (h2) {
      if (body !== undefined) break;
      if (h2[1] === heading) body = '';
      continue;
    }
    if (body !== undefined) body += `${line}\n`;
  }
  return body?.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').trim();
}

/** The WCAG criteria named in the first column of a guide's "Accessibility checklist" table. */
export function checklistCriteria(mdx) {
  const table = sectionOf(mdx, 'Accessibility checklist') ?? '';
  const ids = new Set();
  for (const row of table.matchAll(/<tr>\s*<td>([\s\S]*?)<\/td>/g)) {
    for (const id of row[1].matchAll(/\b(\d\.\d{1,2}\.\d{1,2})\b/g)) ids.add(id[1]);
  }
  return [...ids];
}

/** Storybook's id for a title, as its `sanitize` makes it ("Components/e-Box list" → "components-e-box-list"). */
export function storyIdPrefix(title) {
  return title
    .toLowerCase()
    .replace(/[ ’–—―′¿'`~!@#$%^&*()_|+\-=?;:'",.<>{}[\]\\/]/gi, '-')
    .replace(/-+/g, '-')
    .replace(/^-+/, '')
    .replace(/-+$/, '');
}

/** The title of a component's stories (its `title: '…'` in stories/<folder>.stories.ts). */
function storiesTitle(root, folder) {
  const source = readIfExists(root, `${paths.stories}/${folder}.stories.ts`);
  // The meta's title has a section ("Components/Accordion"); story data may have titles too.
  return source && /^\s*title:\s*'([^'/]+\/[^']+)'/m.exec(source)?.[1];
}

/**
 * One accessibility-tree snapshot per story of the component: English, widest viewport (the
 * tree does not change with the theme; the language changes only the names). Snapshot files are
 * `<story-id>.<lang>.<viewport>.aria.yml` (the contract with `npm run audit`, decision 0032).
 */
export function snapshotsFor(root, idPrefix) {
  const dir = join(root, paths.snapshots);
  if (!idPrefix || !existsSync(dir)) return [];
  const byStory = new Map();
  for (const file of readdirSync(dir).sort()) {
    const match = /^(.+?)\.([a-z]{2})\.([^.]+)\.aria\.yml$/.exec(file);
    if (!match || !match[1].startsWith(`${idPrefix}--`)) continue;
    const [, storyId, lang, viewport] = match;
    const width = Number(/\d+/.exec(viewport)?.[0] ?? 0);
    const rank = (lang === 'en' ? 100000 : 0) + width;
    const best = byStory.get(storyId);
    if (!best || rank > best.rank) byStory.set(storyId, { storyId, lang, viewport, file, rank });
  }
  return [...byStory.values()].map(({ storyId, lang, viewport, file }) => ({
    storyId,
    lang,
    viewport,
    path: `${paths.snapshots}/${file}`,
    text: read(root, `${paths.snapshots}/${file}`).trimEnd(),
  }));
}

/**
 * Roles and states in an ARIA snapshot (one node per line: `- role "name" [state=value]`).
 * @returns {{ roles: string[], states: string[] }}
 */
export function rolesAndStates(snapshotText) {
  const roles = new Set();
  const states = new Set();
  for (const line of snapshotText.split('\n')) {
    const node = /^\s*-\s+([a-z][a-z-]*)\b(.*)$/.exec(line);
    if (!node || node[1] === 'text' || node[1] === '/url') continue;
    roles.add(node[1]);
    for (const state of node[2].matchAll(/\[([a-z-]+)(?:=([^\]]+))?\]/g)) {
      states.add(state[2] === undefined ? state[1] : `${state[1]}=${state[2]}`);
    }
  }
  return { roles: [...roles].sort(), states: [...states].sort() };
}

/** Every custom element of the manifest, by tag name. */
export function manifestElements(manifest) {
  const elements = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) {
        elements.set(declaration.tagName, declaration);
      }
    }
  }
  return elements;
}

/** Problems in one component's conformance data; empty when it is complete. */
export function dataProblems(data, { guideCriteria = [] } = {}) {
  const problems = [];
  if (!data || typeof data !== 'object') return ['the file is not a JSON object'];
  const announcements = Array.isArray(data.announcements) ? data.announcements : [];
  if (announcements.length === 0) problems.push('no "announcements" (one per main state)');
  for (const [index, item] of announcements.entries()) {
    const where = `announcements[${index}]`;
    if (typeof item?.state !== 'string' || item.state.trim() === '') {
      problems.push(`${where} has no "state"`);
    }
    for (const { key } of assistiveTechnologies) {
      if (typeof item?.expected?.[key] !== 'string' || item.expected[key].trim() === '') {
        problems.push(`${where} has no expected announcement for "${key}"`);
      }
    }
    for (const [vIndex, check] of (item?.verified ?? []).entries()) {
      const at = `${where}.verified[${vIndex}]`;
      if (!assistiveTechnologies.some(({ key }) => key === check?.with)) {
        problems.push(`${at}: "with" must be one of ${assistiveTechnologies.map((a) => a.key)}`);
      }
      if (typeof check?.by !== 'string' || check.by.trim() === '') problems.push(`${at}: no "by"`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(check?.on ?? '')) problems.push(`${at}: "on" is not a date`);
      if (typeof check?.versions !== 'string' || check.versions.trim() === '') {
        problems.push(`${at}: no "versions" (screen reader, browser, system, Belfry)`);
      }
      if (typeof check?.heard !== 'string' || check.heard.trim() === '') {
        problems.push(`${at}: no "heard" (what the screen reader said)`);
      }
    }
  }
  const criteria = Array.isArray(data.criteria) ? data.criteria : [];
  if (criteria.length === 0) problems.push('no "criteria"');
  for (const [index, criterion] of criteria.entries()) {
    if (!wcag22[criterion?.id]) {
      problems.push(`criteria[${index}]: "${criterion?.id}" is not a WCAG 2.2 success criterion`);
    }
    if (typeof criterion?.how !== 'string' || criterion.how.trim() === '') {
      problems.push(`criteria[${index}] (${criterion?.id}) does not say how`);
    }
  }
  const ids = new Set(criteria.map((criterion) => criterion?.id));
  for (const id of guideCriteria) {
    if (!ids.has(id)) problems.push(`the guide's checklist names ${id}, the criteria do not`);
  }
  if (!Array.isArray(data.limitations) || data.limitations.length === 0) {
    problems.push('no "limitations" (write what it does not do, or why there is none known)');
  }
  return problems;
}

// --- MDX output -------------------------------------------------------------------------------

/** Text as MDX: a JS string expression, with `code` spans as <code> (nothing else is markup). */
function inline(text) {
  const clean = String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return clean
    .split('`')
    .map((part, index) => {
      if (part === '') return '';
      const literal = `{${JSON.stringify(part)}}`;
      return index % 2 === 1 ? `<code>${literal}</code>` : literal;
    })
    .join('');
}

/** A type as written in the manifest, each member of a union once ("string | undefined"). */
function typeText(type) {
  const members = (type?.text ?? '').split('|').map((member) => member.trim());
  return [...new Set(members)].filter(Boolean).join(' | ');
}

function table(headers, rows) {
  const head = headers.map((header) => `      <th scope="col">${header}</th>`).join('\n');
  const body = rows
    .map(
      (cells) => `    <tr>\n${cells.map((cell) => `      <td>${cell}</td>`).join('\n')}\n    </tr>`,
    )
    .join('\n');
  return `<table>\n  <thead>\n    <tr>\n${head}\n    </tr>\n  </thead>\n  <tbody>\n${body}\n  </tbody>\n</table>`;
}

function pageTitle(folder, root) {
  const title = storiesTitle(root, folder);
  if (title) return title.split('/').pop();
  return folder.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

function apiSection(tags, elements) {
  const out = [];
  for (const tag of tags) {
    const element = elements.get(tag);
    out.push(`### \`<${tag}>\``, '');
    if (!element) {
      out.push(`The manifest does not describe <code>{${JSON.stringify(tag)}}</code>.`, '');
      continue;
    }
    if (element.summary) out.push(`<p>${inline(element.summary)}</p>`, '');
    const attributes = element.attributes ?? [];
    const fields = (element.members ?? []).filter(
      (member) => member.kind === 'field' && !attributes.some((a) => a.fieldName === member.name),
    );
    const rows = [
      ...attributes.map((attribute) => [
        `<code>{${JSON.stringify(attribute.name)}}</code>`,
        attribute.fieldName ? `<code>{${JSON.stringify(attribute.fieldName)}}</code>` : '',
        inline(typeText(attribute.type)),
        inline(attribute.default ?? ''),
        inline(attribute.description ?? ''),
      ]),
      ...fields.map((field) => [
        '',
        `<code>{${JSON.stringify(field.name)}}</code>${field.readonly ? ' (read only)' : ''}`,
        inline(typeText(field.type)),
        inline(field.default ?? ''),
        inline(field.description ?? ''),
      ]),
    ];
    if (rows.length > 0) {
      out.push(table(['Attribute', 'Property', 'Type', 'Default', 'What it does'], rows), '');
    } else {
      out.push('No attributes or properties.', '');
    }
    const lists = [
      ['Events', element.events, (event) => event.name],
      ['Slots', element.slots, (slot) => slot.name || '(default)'],
      ['CSS parts', element.cssParts, (part) => part.name],
    ];
    for (const [label, items, nameOf] of lists) {
      if (!items?.length) continue;
      out.push(
        `${label}:`,
        '',
        ...items.map(
          (item) =>
            `- <code>{${JSON.stringify(nameOf(item))}}</code>: ${inline(item.description ?? '')}`,
        ),
        '',
      );
    }
  }
  return out;
}

function announcementsSection(data) {
  const rows = data.announcements.map((item) => [
    inline(item.state),
    ...assistiveTechnologies.map(({ key }) => {
      const checks = (item.verified ?? []).filter((check) => check.with === key);
      const status = checks.length
        ? checks
            .map(
              (check) =>
                `<strong>Verified</strong> by ${inline(check.by)} on ${inline(check.on)} (${inline(check.versions)}): ${inline(check.heard)}`,
            )
            .join('<br />')
        : '<strong>Expected</strong>, not yet verified';
      return `${inline(item.expected[key])}<br />${status}`;
    }),
  ]);
  return [
    'What each screen reader is expected to say. Every line stays **expected** until a person has',
    'heard it and recorded it (see [recording a verification](#recording-a-verification)). The',
    'examples are for a page in English; on a page in Dutch, French or German, Belfry’s own words',
    '(“Loading”, “Close”, “Error:”) are in that language.',
    '',
    table(['State', ...assistiveTechnologies.map(({ label }) => label)], rows),
    '',
  ];
}

/** The MDX of one component's conformance page. */
export function renderPage({ folder, tags, title, guide, elements, data }) {
  const keyboard = sectionOf(guide, 'Keyboard') ?? '';
  const accessibility = sectionOf(guide, 'Accessibility') ?? '';
  const guidePath = `?path=/docs/${storyIdPrefix(`Components/${title}`)}--guide`;
  const lines = [
    "import { Meta } from '@storybook/addon-docs/blocks';",
    "import { AccessibilityTree, AuditFigures } from '../../.storybook/blocks/conformance';",
    '',
    '{/*',
    `  Generated by \`npm run conformance\` (scripts/conformance/generate.mjs). Do not edit: write`,
    `  in docs/conformance/data/${folder}.json, or in the guide docs/components/${folder}.mdx for the`,
    '  keyboard table and what is the page author’s job.',
    '*/}',
    '',
    `<Meta title="Conformance/${title}" />`,
    '',
    `# ${title}: conformance`,
    '',
    `Elements: ${tags.map((tag) => `\`<${tag}>\``).join(', ')}. How to use it and what to write in it:`,
    `[the ${title} guide](${guidePath}).`,
    '',
    '## Keyboard',
    '',
    keyboard,
    '',
    '## Roles, states and properties',
    '',
    '### In the accessibility tree',
    '',
    'What a screen reader gets, story by story, from the snapshots `npm run audit` compares every',
    'run with (`test/audit/snapshots/`; in English at the widest viewport when there is one).',
    '',
    `<AccessibilityTree component="${folder}" />`,
    '',
    '### Attributes, properties, events, slots and parts',
    '',
    'From the custom-elements manifest, so always the current API.',
    '',
    ...apiSection(tags, elements),
    '## What screen readers announce',
    '',
    ...announcementsSection(data),
    '## WCAG 2.2 success criteria it helps meet',
    '',
    'A component cannot meet a criterion for a whole page; it does its part, and the page does',
    'the rest (next section).',
    '',
    table(
      ['Criterion', 'Level', 'How'],
      data.criteria.map((criterion) => [
        `${criterion.id} ${wcag22[criterion.id].name}`,
        wcag22[criterion.id].level,
        inline(criterion.how),
      ]),
    ),
    '',
    '## What remains the page author’s job',
    '',
    'From the guide’s accessibility section:',
    '',
    accessibility,
    '',
    '## Known limitations',
    '',
    ...data.limitations.map((limitation) => `- ${inline(limitation)}`),
    '',
    '## Audit figures',
    '',
    `<AuditFigures component="${folder}" />`,
    '',
    '## Recording a verification',
    '',
    `When you have heard a state with a screen reader, add an entry to its \`verified\` list in`,
    `\`docs/conformance/data/${folder}.json\`, then run \`npm run conformance\`:`,
    '',
    '```json',
    '{ "with": "nvdaFirefox", "by": "Name, organisation", "on": "2026-12-01",',
    '  "versions": "NVDA 2025.1, Firefox 140 ESR, Windows 11, Belfry 0.1.0",',
    '  "heard": "What it said, word for word" }',
    '```',
    '',
    `\`with\` is one of ${assistiveTechnologies.map(({ key }) => `\`${key}\``).join(', ')}. If it said something`,
    'else than expected, record what you heard and open an issue (see the testing guide).',
    '',
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}`;
}

function renderOverview(entries) {
  const rows = entries.map(({ title, tags, data }) => {
    const total = data.announcements.length * assistiveTechnologies.length;
    const verified = data.announcements.reduce(
      (sum, item) =>
        sum +
        assistiveTechnologies.filter(({ key }) =>
          (item.verified ?? []).some((check) => check.with === key),
        ).length,
      0,
    );
    return [
      `[${title}](?path=/docs/${storyIdPrefix(`Conformance/${title}`)}--docs)`,
      tags.map((tag) => `<code>{${JSON.stringify(tag)}}</code>`).join(' '),
      data.criteria.map((criterion) => criterion.id).join(', '),
      `${verified} of ${total}`,
    ];
  });
  return [
    "import { Meta } from '@storybook/addon-docs/blocks';",
    "import { AuditSummary } from '../../.storybook/blocks/conformance';",
    '',
    '{/* Generated by `npm run conformance` (scripts/conformance/generate.mjs). Do not edit. */}',
    '',
    '<Meta title="Conformance/Overview" />',
    '',
    '# Conformance: every component',
    '',
    'One page per component, for accessibility testers: its keyboard table, the roles, states and',
    'properties it exposes, what NVDA, JAWS and VoiceOver are expected to announce (and who has',
    'verified it), the WCAG 2.2 success criteria it helps meet, what remains the page author’s job,',
    'its known limitations and the figures of the last audit. The pages are generated from the',
    'code, the guides and the audit, so they follow every change.',
    '',
    'For a whole site, agencies publish an accessibility statement: see',
    '[the accessibility statement template](?path=/docs/conformance-accessibility-statement--docs).',
    '',
    '<AuditSummary />',
    '',
    table(['Component', 'Elements', 'WCAG 2.2 criteria', 'Announcements verified'], rows),
    '',
  ].join('\n');
}

/**
 * Every generated page, by repo-relative path, and the problems that kept a page from being
 * generated (a component without data, a data file without a component).
 */
export function renderAll(root = repoRoot) {
  const manifestText = readIfExists(root, paths.manifest);
  if (!manifestText) {
    return {
      pages: new Map(),
      problems: [`no ${paths.manifest}: run \`npm run analyze\` (or \`npm run build\`) first`],
    };
  }
  const elements = manifestElements(JSON.parse(manifestText));
  const folders = componentFolders(root);
  const pages = new Map();
  const problems = [];
  const entries = [];
  for (const [folder, tags] of folders) {
    const dataText = readIfExists(root, `${paths.data}/${folder}.json`);
    const guide = readIfExists(root, `${paths.guides}/${folder}.mdx`);
    if (!dataText) {
      problems.push(`${folder}: no conformance data; write ${paths.data}/${folder}.json`);
      continue;
    }
    if (!guide) {
      problems.push(`${folder}: no guide ${paths.guides}/${folder}.mdx`);
      continue;
    }
    let data;
    try {
      data = JSON.parse(dataText);
    } catch (error) {
      problems.push(`${folder}: ${paths.data}/${folder}.json is not JSON (${error.message})`);
      continue;
    }
    const dataIssues = dataProblems(data, { guideCriteria: checklistCriteria(guide) });
    if (dataIssues.length > 0) {
      problems.push(...dataIssues.map((issue) => `${folder}: ${issue}`));
      continue;
    }
    for (const tag of tags) {
      if (!elements.has(tag)) problems.push(`${folder}: the manifest has no <${tag}>`);
    }
    const title = pageTitle(folder, root);
    pages.set(
      `${paths.pages}/${folder}.mdx`,
      renderPage({ folder, tags, title, guide, elements, data }),
    );
    entries.push({ folder, title, tags, data });
  }
  const dataDir = join(root, paths.data);
  for (const file of existsSync(dataDir) ? readdirSync(dataDir) : []) {
    const folder = file.replace(/\.json$/, '');
    if (!folders.has(folder)) {
      problems.push(`${paths.data}/${file} belongs to no component`);
    }
  }
  pages.set(`${paths.pages}/overview.mdx`, renderOverview(entries));
  return { pages, problems };
}

/** The generated pages that exist on disk but would no longer be generated. */
export function orphanPages(root, pages) {
  const dir = join(root, paths.pages);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => `${paths.pages}/${file}`)
    .filter((path) => !pages.has(path));
}

/**
 * Per component, the figures of an audit report (reports/audit/audit.json, decision 0032):
 * how many combinations ran, violations and "needs review" items by rule with their criteria,
 * keyboard problems, and changed trees. `undefined` when there is no report.
 */
export function auditFigures(report, folders) {
  if (!report || !Array.isArray(report.results)) return undefined;
  const folderOfTag = new Map();
  for (const [folder, tags] of folders) for (const tag of tags) folderOfTag.set(tag, folder);
  const byFolder = {};
  for (const result of report.results) {
    const folder = folderOfTag.get(result.component);
    if (!folder) continue;
    const figures = (byFolder[folder] ??= {
      runs: 0,
      stories: [],
      violations: {},
      incomplete: {},
      keyboardProblems: [],
      treesChanged: 0,
      treesNew: 0,
      stops: 0,
      weakIndicators: 0,
    });
    figures.runs += 1;
    if (!figures.stories.includes(result.storyId)) figures.stories.push(result.storyId);
    for (const kind of ['violations', 'incomplete']) {
      for (const item of result.axe?.[kind] ?? []) {
        const entry = (figures[kind][item.id] ??= {
          help: item.help,
          criteria: item.criteria ?? [],
          level: item.level,
          runs: 0,
        });
        entry.runs += 1;
      }
    }
    for (const problem of result.keyboard?.problems ?? []) {
      const text = `${result.storyId} (${result.browser}, ${result.lang}, ${result.viewport}): ${problem}`;
      if (figures.keyboardProblems.length < 20) figures.keyboardProblems.push(text);
    }
    for (const stop of result.keyboard?.stops ?? []) {
      figures.stops += 1;
      const indicator = stop.indicator;
      if (indicator && (!indicator.changed || (indicator.contrast ?? 0) < 3)) {
        figures.weakIndicators += 1;
      }
    }
    if (result.tree?.status === 'changed') figures.treesChanged += 1;
    if (result.tree?.status === 'new') figures.treesNew += 1;
  }
  return { generatedAt: report.generatedAt, matrix: report.matrix, components: byFolder };
}

/**
 * Per component, the committed accessibility-tree snapshots of its stories, with the roles and
 * states found in them.
 */
export function componentTrees(root, folders) {
  const trees = {};
  for (const folder of folders.keys()) {
    const snapshots = snapshotsFor(root, storyIdPrefix(storiesTitle(root, folder) ?? ''));
    if (snapshots.length === 0) continue;
    trees[folder] = {
      ...rolesAndStates(snapshots.map((snapshot) => snapshot.text).join('\n')),
      snapshots,
    };
  }
  return trees;
}

function writeIfChanged(path, content) {
  if (existsSync(path) && readFileSync(path, 'utf8') === content) return false;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return true;
}

/** `npm run conformance`: writes the pages and the build data; exits 1 on a problem. */
export function main(root = repoRoot) {
  const { pages, problems } = renderAll(root);
  if (problems.length > 0) {
    console.error(`Conformance pages not generated:\n- ${problems.join('\n- ')}`);
    return 1;
  }
  let written = 0;
  for (const [path, content] of pages) if (writeIfChanged(join(root, path), content)) written += 1;
  for (const orphan of orphanPages(root, pages)) {
    rmSync(join(root, orphan));
    console.log(`Removed ${orphan}: its component is gone.`);
  }
  const reportText = readIfExists(root, paths.audit);
  let report;
  try {
    report = reportText && JSON.parse(reportText);
  } catch {
    console.warn(`${paths.audit} is not JSON; the pages show no audit figures.`);
  }
  const folders = componentFolders(root);
  const figures = auditFigures(report, folders);
  const trees = componentTrees(root, folders);
  writeIfChanged(
    join(root, paths.buildData),
    `${JSON.stringify({ trees, audit: figures ?? null }, null, 2)}\n`,
  );
  console.log(
    `Conformance: ${pages.size} pages (${written} written), trees of ${Object.keys(trees).length} components${figures ? `, audit of ${figures.generatedAt}` : ', no audit report'}.`,
  );
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main();
}
