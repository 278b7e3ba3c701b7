#!/usr/bin/env node
/**
 * Coverage gate per package and per component folder.
 *
 *   node scripts/check-coverage.mjs [--config coverage.config.mjs] [--lcov coverage/lcov.info]
 *
 * Reads the lcov report the browser tests write (`wtr --coverage`, Chromium only) and the
 * minimums in coverage.config.mjs. Fails (exit status 1) when a package or a component folder is
 * under a minimum for lines, branches or functions, or when no test loads a source file that is
 * not excused in the config: a component nobody tests fails, even when the rest of its package
 * is well tested. Skipped when the tests ran without Chromium (`BELFRY_BROWSERS=firefox`).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const METRICS = /** @type {const} */ (['lines', 'branches', 'functions']);

/**
 * @typedef {{ found: number, hit: number }} Count
 * @typedef {{ lines: Count, branches: Count, functions: Count }} Counts
 * @typedef {{ lines: number, branches: number, functions: number }} Thresholds
 * @typedef {{
 *   lcov?: string,
 *   packages: Record<string, Thresholds>,
 *   components?: { dir: string, shared?: string[], thresholds: Thresholds },
 *   notLoaded?: Record<string, string>,
 * }} CoverageConfig
 */

const emptyCounts = () => ({
  lines: { found: 0, hit: 0 },
  branches: { found: 0, hit: 0 },
  functions: { found: 0, hit: 0 },
});

/** A path relative to `root`, with forward slashes, as the config writes it. */
function relative(file, root) {
  const rel = path.isAbsolute(file) ? path.relative(root, file) : file;
  return rel.split(path.sep).join('/').replace(/^\.\//, '');
}

/**
 * Counts per source file from an lcov report. The summary lines (LF/LH, BRF/BRH, FNF/FNH) are
 * used when present, else the detail lines (DA, BRDA, FNDA) are counted.
 *
 * @param {string} text
 * @param {string} [root] paths in the report are made relative to it
 * @returns {Map<string, Counts>}
 */
export function parseLcov(text, root = REPO_ROOT) {
  const files = new Map();
  for (const record of text.split(/^end_of_record\s*$/m)) {
    const fields = record
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => {
        const colon = line.indexOf(':');
        return colon === -1 ? [line, ''] : [line.slice(0, colon), line.slice(colon + 1)];
      });
    const source = fields.find(([key]) => key === 'SF')?.[1];
    if (!source) continue;
    const get = (key) => fields.find(([k]) => k === key)?.[1];
    const details = (key, isHit) => {
      const entries = fields.filter(([k]) => k === key).map(([, value]) => value.split(','));
      return { found: entries.length, hit: entries.filter(isHit).length };
    };
    const count = (foundKey, hitKey, fallback) =>
      get(foundKey) !== undefined
        ? { found: Number(get(foundKey)), hit: Number(get(hitKey) ?? 0) }
        : fallback();
    files.set(relative(source, root), {
      lines: count('LF', 'LH', () => details('DA', (v) => Number(v[1]) > 0)),
      branches: count('BRF', 'BRH', () => details('BRDA', (v) => v[3] !== '-' && Number(v[3]) > 0)),
      functions: count('FNF', 'FNH', () => details('FNDA', (v) => Number(v[0]) > 0)),
    });
  }
  return files;
}

/** Percentage covered; 100 when there is nothing to cover. */
export const percent = ({ found, hit }) => (found === 0 ? 100 : (hit / found) * 100);

const inside = (file, dir) => file === dir || file.startsWith(`${dir.replace(/\/$/, '')}/`);

/**
 * Checks `coverage` (from `parseLcov`) against `config`. `sources` lists every source file on
 * disk (relative paths), so that files no test loaded are found.
 *
 * @param {{ coverage: Map<string, Counts>, sources: string[], config: CoverageConfig }} input
 */
export function checkCoverage({ coverage, sources, config }) {
  /** @type {{ scope: string, kind: 'package' | 'component', counts: Counts, thresholds: Thresholds, loaded: number, files: number, failures: string[] }[]} */
  const rows = [];
  const addScope = (scope, kind, thresholds) => {
    const files = sources.filter((file) => inside(file, scope));
    const counts = emptyCounts();
    let loaded = 0;
    for (const file of files) {
      const fileCounts = coverage.get(file);
      if (!fileCounts) continue;
      loaded += 1;
      for (const metric of METRICS) {
        counts[metric].found += fileCounts[metric].found;
        counts[metric].hit += fileCounts[metric].hit;
      }
    }
    const failures = [];
    if (loaded === 0) {
      failures.push(`no test loads any of its ${files.length} file(s)`);
    } else {
      for (const metric of METRICS) {
        const value = percent(counts[metric]);
        if (value < thresholds[metric]) {
          failures.push(
            `${metric} ${value.toFixed(1)}% is under ${thresholds[metric]}% (${counts[metric].hit} of ${counts[metric].found})`,
          );
        }
      }
    }
    rows.push({ scope, kind, counts, thresholds, loaded, files: files.length, failures });
  };

  for (const [scope, thresholds] of Object.entries(config.packages)) {
    addScope(scope, 'package', thresholds);
  }
  if (config.components) {
    const { dir, shared = [], thresholds } = config.components;
    const folders = new Set();
    for (const file of sources) {
      if (!inside(file, dir)) continue;
      const [folder, ...rest] = file.slice(dir.length).replace(/^\//, '').split('/');
      if (rest.length > 0 && !shared.includes(folder)) folders.add(folder);
    }
    for (const folder of [...folders].sort()) addScope(`${dir}/${folder}`, 'component', thresholds);
  }

  const excused = config.notLoaded ?? {};
  const notLoaded = sources.filter(
    (file) =>
      !coverage.has(file) &&
      !(file in excused) &&
      Object.keys(config.packages).some((scope) => inside(file, scope)),
  );
  const pass = notLoaded.length === 0 && rows.every((row) => row.failures.length === 0);
  return { rows, notLoaded, pass };
}

/** A readable report: one line per scope, then what failed and what to do. */
export function formatReport({ rows, notLoaded, pass }, configName = 'coverage.config.mjs') {
  const cell = (row, metric) =>
    (row.loaded === 0 ? '-' : `${percent(row.counts[metric]).toFixed(1)}%`).padStart(10);
  const width = Math.max(...rows.map((row) => row.scope.length), 5);
  const lines = [
    `${'scope'.padEnd(width)}  ${'kind'.padEnd(9)}${METRICS.map((m) => m.padStart(10)).join('')}  minimum (l/b/f)`,
    ...rows.map(
      (row) =>
        `${row.scope.padEnd(width)}  ${row.kind.padEnd(9)}${METRICS.map((m) => cell(row, m)).join('')}  ` +
        `${METRICS.map((m) => row.thresholds[m]).join('/')}${row.failures.length ? '  FAIL' : ''}`,
    ),
  ];
  const failed = rows.filter((row) => row.failures.length > 0);
  if (failed.length || notLoaded.length) {
    lines.push('', 'Coverage gate failed:');
    for (const row of failed) {
      lines.push(`- ${row.scope} (${row.kind}): ${row.failures.join('; ')}.`);
      if (row.kind === 'component') {
        const name = row.scope.split('/').pop();
        lines.push(`  Test the component in test/${name}/ (behaviour, keyboard, axe matrix).`);
      }
    }
    for (const file of notLoaded) {
      lines.push(
        `- ${file}: no test loads it. Test it; or, if nothing in it runs in a browser test (types only, a bundle entry tested elsewhere), add it to notLoaded in ${configName} with the reason.`,
      );
    }
  } else if (pass) {
    lines.push('', 'Coverage gate passed.');
  }
  return lines.join('\n');
}

/** Every `.ts` source (not `.d.ts`) under `dir`, relative to `root`. */
async function listSources(dir, root) {
  const entries = await readdir(path.join(root, dir), { recursive: true, withFileTypes: true });
  return entries
    .filter(
      (entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'),
    )
    .map((entry) => relative(path.join(entry.parentPath ?? entry.path, entry.name), root))
    .sort();
}

function parseArgs(argv) {
  const options = { config: 'coverage.config.mjs', lcov: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--config') options.config = argv[++i];
    else if (argv[i] === '--lcov') options.lcov = argv[++i];
    else throw new Error(`Unknown argument "${argv[i]}". Use --config <file> or --lcov <file>.`);
  }
  return options;
}

async function main() {
  const browsers = process.env.BELFRY_BROWSERS ? process.env.BELFRY_BROWSERS.split(',') : null;
  if (browsers && !browsers.includes('chromium')) {
    console.log('Coverage gate skipped: coverage is measured in Chromium, which did not run.');
    return;
  }
  const options = parseArgs(process.argv.slice(2));
  const configFile = path.resolve(REPO_ROOT, options.config);
  const { default: config } = await import(pathToFileURL(configFile).href);
  const lcovFile = path.resolve(REPO_ROOT, options.lcov ?? config.lcov ?? 'coverage/lcov.info');
  let text;
  try {
    text = await readFile(lcovFile, 'utf8');
  } catch {
    console.error(
      `Coverage gate: ${relative(lcovFile, REPO_ROOT)} not found. Run the browser tests with coverage first: npm run test:browsers.`,
    );
    process.exitCode = 1;
    return;
  }
  const sources = (
    await Promise.all(Object.keys(config.packages).map((dir) => listSources(dir, REPO_ROOT)))
  ).flat();
  const result = checkCoverage({ coverage: parseLcov(text), sources, config });
  const report = formatReport(result, relative(configFile, REPO_ROOT));
  if (result.pass) console.log(report);
  else {
    console.error(report);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
