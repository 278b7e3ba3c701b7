#!/usr/bin/env node
/**
 * Builds every output of @belfry/tokens from the DTCG source in tokens/.
 *
 *   node packages/tokens/scripts/build.mjs [--themes-dir <dir>]... [--out <dir>]
 *
 * Environment:
 *   BELFRY_EXTRA_THEMES  extra theme directories (separated like PATH), e.g. an agency's own theme
 *   BELFRY_TOKENS_OUT    output directory (default: packages/tokens/dist)
 *
 * Exits with status 1 and a readable message when a declared colour pair is under its WCAG
 * minimum in any theme, when a size is not in rem/em, or when a theme is not valid.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadSource, resolveThemes, TokenBuildError } from './source.mjs';
import { checkContrast, checkSizes } from './checks.mjs';
import * as out from './outputs.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_OUT_DIR = path.resolve(here, '../dist');

/**
 * Builds the tokens. Resolves with a summary; rejects with a TokenBuildError (whose message names
 * theme, pair, ratio and required ratio) when a check fails. The contrast report is written even
 * then, so the failing rows can be read in full.
 *
 * @param {{ outDir?: string, sourceDir?: string, extraThemeDirs?: string[] }} [options]
 */
export async function buildTokens({
  outDir = DEFAULT_OUT_DIR,
  sourceDir,
  extraThemeDirs = [],
} = {}) {
  const started = performance.now();
  const source = await loadSource({ sourceDir, extraThemeDirs });
  const resolved = await resolveThemes(source);

  const sizeProblems = checkSizes(resolved);
  if (sizeProblems.length) {
    throw new TokenBuildError('Sizes must survive user settings:', sizeProblems);
  }

  const contrast = checkContrast(source, resolved);
  const report = {
    description:
      'WCAG 2.2 contrast of every declared foreground/background pair in every theme. Ratios are rounded to two decimals; the build compares unrounded values.',
    pass: contrast.failures.length === 0,
    themes: contrast.themes,
    failures: contrast.failures.map(({ message, theme, id, ratio, required }) => ({
      theme,
      pair: id,
      ratio,
      required,
      message,
    })),
  };

  const files = new Map();
  files.set('contrast-report.json', JSON.stringify(report, null, 2) + '\n');
  files.set('contrast-report.md', out.contrastMarkdown(report));

  if (contrast.failures.length) {
    await writeAll(outDir, files);
    throw new TokenBuildError(
      `Contrast check failed: ${contrast.failures.length} colour pair(s) are under the WCAG minimum. ` +
        `Full report: ${shortPath(path.join(outDir, 'contrast-report.md'))}`,
      contrast.failures.map((f) => f.message),
    );
  }

  files.set('css/belfry.css', out.cssAllThemes(resolved));
  for (const entry of resolved)
    files.set(`css/themes/${entry.theme.name}.css`, out.cssOneTheme(entry));
  files.set('scss/_tokens.scss', out.scss(resolved));
  const { js, dts } = out.javascript(resolved);
  files.set('js/tokens.js', js);
  files.set('js/tokens.d.ts', dts);
  files.set('json/tokens.json', out.jsonNested(resolved));
  files.set('json/tokens.flat.json', out.jsonFlat(resolved));
  files.set('json/tokens.catalog.json', out.jsonCatalog(resolved));
  files.set('figma/tokens-studio.json', out.tokensStudio(source, resolved));

  // Start clean so a removed theme does not leave its old file behind.
  await rm(outDir, { recursive: true, force: true });
  await writeAll(outDir, files);

  return {
    outDir,
    themes: resolved.map((e) => e.theme.name),
    tokenCount: resolved[0].tokens.size,
    pairCount: source.pairs.length,
    files: [...files.keys()],
    report,
    milliseconds: Math.round(performance.now() - started),
  };
}

/** A path relative to the working directory when it is inside it, for shorter messages. */
function shortPath(file) {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

async function writeAll(outDir, files) {
  await Promise.all(
    [...files].map(async ([relative, contents]) => {
      const file = path.join(outDir, relative);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, contents);
    }),
  );
}

function parseArgs(argv, env) {
  const extraThemeDirs = (env.BELFRY_EXTRA_THEMES ?? '').split(path.delimiter).filter(Boolean);
  let outDir = env.BELFRY_TOKENS_OUT || undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--themes-dir') extraThemeDirs.push(argv[++i]);
    else if (argv[i] === '--out') outDir = argv[++i];
    else
      throw new TokenBuildError(
        `Unknown argument "${argv[i]}". Use --themes-dir <dir> or --out <dir>.`,
      );
  }
  return { extraThemeDirs, outDir: outDir && path.resolve(outDir) };
}

async function main() {
  try {
    const result = await buildTokens(parseArgs(process.argv.slice(2), process.env));
    const minimum = result.report.themes.map((t) => {
      const lowest = t.pairs
        .filter((p) => p.enforced && p.kind === 'text')
        .reduce((low, p) => (p.ratio < low.ratio ? p : low));
      return `${t.name} ${lowest.ratioText}`;
    });
    console.log(
      `@belfry/tokens: ${result.tokenCount} tokens × ${result.themes.length} themes (${result.themes.join(', ')}), ` +
        `${result.pairCount} contrast pairs per theme, all pass. Lowest text contrast: ${minimum.join(', ')}.\n` +
        `Wrote ${result.files.length} files to ${shortPath(result.outDir)} in ${result.milliseconds} ms.`,
    );
  } catch (error) {
    if (error instanceof TokenBuildError) {
      console.error(`\n@belfry/tokens build failed.\n${error.message}\n`);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main();
}
