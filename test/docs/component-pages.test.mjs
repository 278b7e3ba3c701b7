// Every component registered in packages/components/src has a docs page written for the people
// who choose and fill it in: when to use it and when not, what to write in it with good and bad
// examples, and its accessibility notes, next to its keyboard table and screen-reader notes. A
// component added without them fails here, so new components keep up. Node only, no build needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const componentsDir = join(repo, 'packages/components/src');
const docsDir = join(repo, 'docs/components');

/**
 * The level-2 headings every component page has, in any order, each with text under it. The
 * screen-reader section has kept two names across the pages; either is accepted.
 */
export const requiredSections = [
  { name: 'When to use it', matches: (heading) => heading === 'When to use it' },
  { name: 'When not to use it', matches: (heading) => heading === 'When not to use it' },
  { name: 'What to write', matches: (heading) => heading === 'What to write' },
  { name: 'Do and don’t', matches: (heading) => /^Do and don['’]t$/.test(heading) },
  { name: 'Keyboard', matches: (heading) => heading === 'Keyboard' },
  {
    name: 'Screen readers',
    matches: (heading) => heading === 'Screen readers' || heading === 'Screen-reader notes',
  },
  { name: 'Accessibility', matches: (heading) => heading === 'Accessibility' },
];

/** The page's level-2 sections (outside code blocks), each with its text. */
export function sectionsOf(mdx) {
  const sections = [];
  let current;
  let inCode = false;
  for (const line of mdx.split('\n')) {
    if (/^\s*```/.test(line)) inCode = !inCode;
    const heading = !inCode && /^## (.+?)\s*$/.exec(line);
    if (heading) {
      current = { heading: heading[1], body: '' };
      sections.push(current);
    } else if (current) {
      current.body += `${line}\n`;
    }
  }
  return sections;
}

/** What a component page lacks; empty when it has everything. */
export function problemsOf(mdx, tags) {
  const problems = [];
  const sections = sectionsOf(mdx);
  for (const required of requiredSections) {
    const section = sections.find((candidate) => required.matches(candidate.heading));
    if (!section) {
      problems.push(`no "## ${required.name}" section`);
    } else if (section.body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').trim().length < 80) {
      problems.push(`the "## ${required.name}" section is (almost) empty`);
    }
  }
  const writing = sections.find((section) => section.heading === 'What to write');
  if (writing && !/bf-example-good/.test(writing.body)) {
    problems.push('"What to write" has no good example (className="bf-example-good")');
  }
  if (writing && !/bf-example-bad/.test(writing.body)) {
    problems.push('"What to write" has no bad example (className="bf-example-bad")');
  }
  for (const tag of tags) {
    if (!mdx.includes(`<${tag}`) && !mdx.includes(`\`${tag}\``)) {
      problems.push(`never names <${tag}>`);
    }
  }
  return problems;
}

/** Every element the components package registers, by the folder that registers it. */
async function registeredComponents() {
  const byFolder = new Map();
  for (const entry of await readdir(componentsDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    let source;
    try {
      source = await readFile(join(componentsDir, entry.name, 'index.ts'), 'utf8');
    } catch {
      continue; // a folder of shared code, not an element
    }
    const tags = [...source.matchAll(/\.define\(\s*['"](bf-[a-z0-9-]+)['"]/g)].map((m) => m[1]);
    if (tags.length > 0) byFolder.set(entry.name, tags);
  }
  return byFolder;
}

const components = await registeredComponents();

test('the components package registers elements to check', () => {
  assert.ok(components.has('button'), [...components.keys()].join(', '));
  assert.ok(components.size >= 20, `${components.size} component folders`);
});

for (const [folder, tags] of components) {
  test(`<${tags.join('>, <')}> has a docs page with usage, content and accessibility guidance`, async () => {
    const page = join(docsDir, `${folder}.mdx`);
    let mdx;
    try {
      mdx = await readFile(page, 'utf8');
    } catch {
      assert.fail(`no docs page: write docs/components/${folder}.mdx`);
    }
    assert.deepEqual(problemsOf(mdx, tags), [], `docs/components/${folder}.mdx`);
  });
}

test('the check finds a missing page section, an empty one and a missing example', () => {
  const filler = 'Enough text to count as a real section, written for designers and testers alike.';
  const complete = [
    ...requiredSections.map((section) => `## ${section.name}\n\n${filler}\n`),
    '<bf-thing></bf-thing>',
  ]
    .join('\n')
    .replace(
      `## What to write\n\n${filler}`,
      `## What to write\n\n${filler}\n<p className="bf-example-good">Good</p>\n<p className="bf-example-bad">Bad</p>`,
    );
  assert.deepEqual(problemsOf(complete, ['bf-thing']), []);
  assert.deepEqual(
    problemsOf(complete.replace('## When not to use it', '## Usage'), ['bf-thing']),
    ['no "## When not to use it" section'],
  );
  assert.deepEqual(
    problemsOf(complete.replace(`## Keyboard\n\n${filler}`, '## Keyboard\n'), ['bf-thing']),
    ['the "## Keyboard" section is (almost) empty'],
  );
  assert.deepEqual(problemsOf(complete.replace('bf-example-bad', 'x'), ['bf-thing']), [
    '"What to write" has no bad example (className="bf-example-bad")',
  ]);
  assert.deepEqual(problemsOf(complete, ['bf-thing', 'bf-thing-item']), [
    'never names <bf-thing-item>',
  ]);
  // A heading inside a code block is not a section.
  assert.ok(
    problemsOf('```md\n## When to use it\n```\n', []).includes('no "## When to use it" section'),
  );
});
