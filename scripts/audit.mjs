// `npm run audit`: the accessibility audit of every Storybook story, or of pages at URLs
// (ADR 0032; docs/accessibility/audit.md, docs/guides/auditing-a-site.md).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { browserNames } from './audit/browsers.mjs';
import {
  allLanguages,
  allThemes,
  allViewports,
  auditStorybook,
  auditUrls,
} from './audit/engine.mjs';
import { buildReport } from './audit/report.mjs';
import { renderHtml } from './audit/report-html.mjs';
import { readStories } from './audit/storybook.mjs';
import { startStaticServer } from './static-server.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

const usage = `Usage:
  npm run audit                      every story, every language, theme and viewport, both browsers
  npm run audit -- --ci              the CI subset (see docs/accessibility/audit.md)
  npm run audit -- --update          write changed accessibility-tree snapshots (review the diff!)
  npm run audit -- --url <url> [--url <url>…] [--urls <file>]   audit pages of a site

Options:
  --storybook <dir>   built Storybook to audit (default: storybook-static)
  --filter <text>     only stories whose id contains the text (repeatable)
  --browser <name>    chromium or firefox (repeatable; default: both)
  --viewport <px>     320 or 1280, or any width for --url (repeatable; default: 320 and 1280)
  --lang <code>       nl, fr, de or en (repeatable; default: all four)
  --theme <name>      federal, dark or high-contrast (repeatable; default: all three)
  --snapshots <dir>   where the tree snapshots are (default: test/audit/snapshots)
  --out <dir>         where audit.json and index.html go (default: reports/audit)
  --pages <n>         browsers of each kind working side by side (default: 1)
  --fixtures          only the stories written to fail (the audit's own test)
  --only <check>      axe, tree or keyboard (repeatable; default: all three)
  --help              this text`;

export async function main(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      ci: { type: 'boolean', default: false },
      update: { type: 'boolean', default: false },
      url: { type: 'string', multiple: true, default: [] },
      urls: { type: 'string' },
      storybook: { type: 'string', default: join(repoRoot, 'storybook-static') },
      filter: { type: 'string', multiple: true, default: [] },
      browser: { type: 'string', multiple: true, default: [] },
      viewport: { type: 'string', multiple: true, default: [] },
      lang: { type: 'string', multiple: true, default: [] },
      theme: { type: 'string', multiple: true, default: [] },
      snapshots: { type: 'string', default: join(repoRoot, 'test/audit/snapshots') },
      out: { type: 'string', default: join(repoRoot, 'reports/audit') },
      pages: { type: 'string', default: '1' },
      fixtures: { type: 'boolean', default: false },
      only: { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const browsers = pick(values.browser, browserNames, 'browser');
  const languages = pick(values.lang, allLanguages, 'language');
  const themes = pick(values.theme, allThemes, 'theme');
  const viewports = values.viewport.length
    ? values.viewport.map((value) => {
        const width = Number(value);
        if (!Number.isInteger(width) || width < 200 || width > 4000) {
          throw new UsageError(`--viewport ${value}: give a width in CSS pixels, e.g. 320.`);
        }
        return width;
      })
    : allViewports;
  const log = (message) => console.log(`audit: ${message}`);
  const urls = [...values.url];
  if (values.urls) {
    const listed = await readFile(resolve(values.urls), 'utf8');
    urls.push(
      ...listed
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#')),
    );
  }
  for (const url of urls) {
    if (!/^https?:\/\//.test(url)) throw new UsageError(`${url}: give a full http(s) address.`);
  }

  let run;
  let matrix;
  if (urls.length) {
    matrix = { browsers, languages: [], themes: [], viewports };
    run = await auditUrls({ urls, browsers, viewports, log });
  } else {
    const staticDir = resolve(values.storybook);
    let stories;
    try {
      stories = await readStories(staticDir, { fixtures: values.fixtures });
    } catch {
      throw new UsageError(
        `No built Storybook in ${values.storybook}: run \`npm run build-storybook\` first.`,
      );
    }
    if (values.filter.length) {
      stories = stories.filter((story) => values.filter.some((text) => story.id.includes(text)));
    }
    if (!stories.length) throw new UsageError('No story to audit.');
    matrix = { browsers, languages, themes, viewports, mode: values.ci ? 'ci' : 'full' };
    const server = await startStaticServer({ root: staticDir });
    try {
      log(`${stories.length} stories, ${values.ci ? 'CI subset' : 'full matrix'}`);
      run = await auditStorybook({
        origin: server.origin,
        stories,
        snapshotDir: resolve(values.snapshots),
        repoRoot,
        update: values.update,
        mode: values.ci ? 'ci' : 'full',
        pages: Number(values.pages) || 1,
        checks: pick(values.only, ['axe', 'tree', 'keyboard'], 'check'),
        browsers,
        languages,
        themes,
        viewports,
        log,
      });
    } finally {
      await server.close();
    }
  }
  const report = buildReport({ matrix, run, update: values.update });
  const out = resolve(values.out);
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'audit.json'), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(join(out, 'index.html'), renderHtml(report));
  const { summary } = report;
  log(
    `${summary.runs} runs in ${summary.seconds} s: ${summary.violations} violations, ` +
      `${summary.keyboardProblems} keyboard problems, ${summary.treesChanged} trees changed, ` +
      `${summary.treesNew} new, ${summary.incomplete} items to review.`,
  );
  log(`report: ${join(values.out, 'index.html')}`);
  if (!summary.passed) {
    if (summary.treesChanged || summary.treesNew) {
      log(
        'A changed or new accessibility tree is reviewed, not accepted by default: read the diff, then run `npm run audit -- --update` and commit the snapshots.',
      );
    }
    return 1;
  }
  return 0;
}

class UsageError extends Error {}

function pick(given, allowed, what) {
  if (!given.length) return [...allowed];
  for (const value of given) {
    if (!allowed.includes(value)) {
      throw new UsageError(`Unknown ${what} "${value}": use ${allowed.join(', ')}.`);
    }
  }
  return [...new Set(given)];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError || error?.code?.startsWith?.('ERR_PARSE_ARGS')) {
      console.error(`audit: ${error.message}\n\n${usage}`);
      process.exitCode = 2;
    } else {
      throw error;
    }
  }
}
