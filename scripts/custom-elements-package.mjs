// Turns the analyzer's view of the repository into the manifest @belfry/components publishes:
// paths inside the package (`dist/button/button.js`, not `packages/components/src/…`), members
// inherited from another Belfry package referenced by package name, and a
// `custom-element-definition` export for every `Class.define('bf-…')` call. Used by
// custom-elements-manifest.config.mjs; tested in test/tooling/custom-elements-package.test.mjs.
import { posix } from 'node:path';

/**
 * Analyzer plugin for Belfry's exports: records `BfButton.define('bf-button')` (BelfryElement's
 * safe registration) as a custom-element definition, as the analyzer does by itself for
 * `customElements.define`; and drops `export type {} from './button/index.js'` (which only
 * brings in a component's tag types), which the analyzer would list as `export *`.
 */
export function exportsPlugin() {
  return {
    name: 'belfry-exports',
    analyzePhase({ ts, node, moduleDoc }) {
      if (
        ts.isExportDeclaration(node) &&
        node.isTypeOnly &&
        node.moduleSpecifier &&
        node.exportClause &&
        ts.isNamedExports(node.exportClause) &&
        node.exportClause.elements.length === 0
      ) {
        // The analyzer records the target relative to the repository root.
        const module = posix.join(posix.dirname(moduleDoc.path), node.moduleSpecifier.text);
        moduleDoc.exports = (moduleDoc.exports ?? []).filter(
          (entry) => !(entry.name === '*' && entry.declaration?.module === module),
        );
        return;
      }
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
      const { expression: target, name } = node.expression;
      const [tag] = node.arguments;
      if (name.text !== 'define' || !ts.isIdentifier(target) || !tag) return;
      if (target.text === 'customElements' || !ts.isStringLiteralLike(tag)) return;
      const imported = importedFrom(ts, node.getSourceFile(), target.text);
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: imported ?? { name: target.text, module: moduleDoc.path },
      });
    },
  };
}

/** Where the local `name` is imported from in `sourceFile` (`{ name, module }`), if it is. */
function importedFrom(ts, sourceFile, name) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    const element = bindings.elements.find((candidate) => candidate.name.text === name);
    if (element) {
      return {
        name: (element.propertyName ?? element.name).text,
        module: statement.moduleSpecifier.text,
      };
    }
  }
  return undefined;
}

/**
 * Rewrites `manifest` in place for publication.
 * @param {object} manifest the analyzer's manifest (schema 1.x)
 * @param {object} options
 * @param {string} options.sourceDir the published package's sources, e.g. `packages/components/src/`
 * @param {string} options.outputDir where their built modules are in the package, e.g. `dist/`
 * @param {Record<string, string>} options.packages other source folders → package names, e.g.
 *   `{ 'packages/core/src/': '@belfry/core' }`
 */
export function packageManifest(manifest, { sourceDir, outputDir, packages }) {
  const toPackagePath = (path) =>
    outputDir + path.slice(sourceDir.length).replace(/\.(ts|js)$/, '.js');

  /** A `{ name, module }` reference, seen from the module at `from`, made package-relative. */
  const rewriteReference = (reference, from) => {
    let module = reference.module;
    if (module.startsWith('./') || module.startsWith('../')) {
      module = posix.join(posix.dirname(from), module);
    } else if (module.startsWith('/')) {
      module = module.slice(1);
    }
    if (module.startsWith(sourceDir)) {
      reference.module = toPackagePath(module);
      return;
    }
    const other = Object.keys(packages).find((dir) => module.startsWith(dir));
    if (other) {
      delete reference.module;
      reference.package = packages[other];
    }
  };

  const visit = (value, from) => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, from);
    } else if (value && typeof value === 'object') {
      if (typeof value.module === 'string' && typeof value.name === 'string') {
        rewriteReference(value, from);
      }
      for (const child of Object.values(value)) visit(child, from);
    }
  };

  manifest.modules = manifest.modules.filter((mod) => mod.path.startsWith(sourceDir));
  for (const mod of manifest.modules) {
    visit(mod.declarations, mod.path);
    visit(mod.exports, mod.path);
    mod.path = toPackagePath(mod.path);
  }
  return manifest;
}
