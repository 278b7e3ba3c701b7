// A Vite/Rollup plugin that minifies the CSS inside Lit `css` tagged templates at build time:
// comments and redundant white space go, the rules stay byte-for-byte equivalent. Saves about a
// third of a component's style bytes. In a template with `${…}` interpolations (a fragment that
// core shares, such as a font stack) only the text between them is minified, and a space next to
// an interpolation is kept as one space, so that `${a} ${b}` stays two values.

/** Comments go, runs of white space become one space or none beside punctuation. */
const collapse = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');

/** Minifies one block of CSS text. Exported for tests. */
export function minifyCss(text) {
  return collapse(text).trim();
}

/** Minifies the body of a css`` template: the text around its interpolations. Exported for tests. */
export function minifyCssTemplate(body) {
  const parts = body.split(/(\$\{[^{}`]*\})/);
  return parts
    .map((part, index) => (index % 2 ? part : collapse(part)))
    .join('')
    .trim();
}

export function minifyCssLiterals({ include = /\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'belfry-minify-css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!include.test(id) || !code.includes('css`')) return null;
      let changed = false;
      const result = code.replace(/\bcss`([^`]*)`/g, (whole, body) => {
        changed = true;
        return `css\`${minifyCssTemplate(body)}\``;
      });
      return changed ? { code: result, map: null } : null;
    },
  };
}
