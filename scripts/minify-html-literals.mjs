// A Vite/Rollup plugin that minifies the markup inside Lit `html` tagged templates at build
// time. It only removes what HTML ignores, so a template renders exactly as before:
// - in text, every run of white space becomes one space, or only its line breaks (so line numbers
//   and source maps stay right); HTML renders any such run as one space;
// - inside a tag, runs between attributes shrink the same way, and go before `>`;
// - comments without a binding go.
// Never touched: attribute values (quoted or not), the content of <pre>, <textarea>, <script> and
// <style>, `${…}` expressions (nested templates are minified on their own), and escapes.
// Caveat: a component that sets `white-space: pre*` in CSS on an element other than <pre> or
// <textarea> must keep that text in a <pre>, or in a binding, which is never changed.
import ts from 'typescript';

const rawTextElements = new Set(['pre', 'textarea', 'script', 'style']);
const isSpace = (char) =>
  char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\f';

/** White space that renders the same: its line breaks if it has any (kept for source maps), else one space. */
function shrink(run) {
  const breaks = run.replace(/[^\n]/g, '');
  return breaks || ' ';
}

/**
 * Minifies the static parts of one template. `parts` are the raw texts between `${…}`
 * expressions, in order; the result has the same number of parts.
 * @param {string[]} parts
 * @returns {string[]}
 */
export function minifyTemplateParts(parts) {
  let state = 'text'; // text | tag | quoted | unquoted | comment | raw
  let quote = '';
  let tagName = '';
  let rawUntil = '';
  let comment = null; // { part, start } of an open comment, dropped if it closes in the same part
  const result = [];

  for (let index = 0; index < parts.length; index++) {
    const part = parts[index];
    let out = '';
    let i = 0;
    while (i < part.length) {
      const char = part[i];
      if (char === '\\') {
        // An escape sequence (`\n`, `\``, `\${`) is source text, copied as it is.
        out += part.slice(i, i + 2);
        i += 2;
        continue;
      }
      switch (state) {
        case 'text': {
          if (isSpace(char)) {
            let end = i;
            while (end < part.length && isSpace(part[end])) end++;
            out += shrink(part.slice(i, end));
            i = end;
            continue;
          }
          if (part.startsWith('<!--', i)) {
            state = 'comment';
            comment = { index, start: out.length };
            out += '<!--';
            i += 4;
            continue;
          }
          if (char === '<' && /^<\/?[A-Za-z]/.test(part.slice(i, i + 3))) {
            const match = /^<(\/?)([A-Za-z][\w-]*)/.exec(part.slice(i));
            tagName = match[1] ? '' : match[2].toLowerCase();
            out += match[0];
            i += match[0].length;
            state = 'tag';
            continue;
          }
          out += char;
          i++;
          continue;
        }
        case 'tag': {
          if (isSpace(char)) {
            let end = i;
            while (end < part.length && isSpace(part[end])) end++;
            const run = part.slice(i, end);
            // Before `>` white space is meaningless; before `/>` it is kept, because `/` right
            // after an unquoted value (or a binding) would become part of that value.
            out += part[end] === '>' ? run.replace(/[^\n]/g, '') : shrink(run);
            i = end;
            continue;
          }
          if (char === '"' || char === "'") {
            state = 'quoted';
            quote = char;
          } else if (char === '=') {
            // `=` then optional white space, then a quote or an unquoted value.
            let end = i + 1;
            while (end < part.length && isSpace(part[end])) end++;
            out += part.slice(i, end);
            i = end;
            if (end < part.length && part[end] !== '"' && part[end] !== "'" && part[end] !== '>') {
              state = 'unquoted';
            }
            continue;
          } else if (char === '>') {
            if (rawTextElements.has(tagName)) {
              state = 'raw';
              rawUntil = `</${tagName}`;
            } else {
              state = 'text';
            }
          }
          out += char;
          i++;
          continue;
        }
        case 'quoted': {
          if (char === quote) state = 'tag';
          out += char;
          i++;
          continue;
        }
        case 'unquoted': {
          if (isSpace(char) || char === '>') {
            state = 'tag';
            continue;
          }
          out += char;
          i++;
          continue;
        }
        case 'comment': {
          if (part.startsWith('-->', i)) {
            out += '-->';
            i += 3;
            state = 'text';
            // A comment with no binding in it is dropped.
            if (comment && comment.index === index) out = out.slice(0, comment.start);
            comment = null;
            continue;
          }
          out += char;
          i++;
          continue;
        }
        case 'raw': {
          if (part.slice(i, i + rawUntil.length).toLowerCase() === rawUntil) {
            state = 'tag';
            tagName = '';
            out += part.slice(i, i + rawUntil.length);
            i += rawUntil.length;
            continue;
          }
          out += char;
          i++;
          continue;
        }
      }
    }
    // An expression ends this part: a value binding in an unquoted attribute ends with it.
    if (state === 'unquoted') state = 'tag';
    result.push(out);
  }
  return result;
}

/** The raw text ranges `[start, end)` of each static part of an `html` template. */
function templateParts(template, sourceFile) {
  const text = sourceFile.text;
  if (ts.isNoSubstitutionTemplateLiteral(template)) {
    return [[template.getStart(sourceFile) + 1, template.end - 1]];
  }
  const ranges = [[template.head.getStart(sourceFile) + 1, template.head.end - 2]];
  for (const span of template.templateSpans) {
    const literal = span.literal;
    const start = literal.getStart(sourceFile) + 1; // after `}`
    const end = ts.isTemplateTail(literal) ? literal.end - 1 : literal.end - 2; // before ` or ${
    ranges.push([start, end]);
  }
  // Sanity check: each range must sit between the delimiters we expect.
  for (const [start, end] of ranges) {
    if (end < start || start < 0 || end > text.length) throw new Error('Unexpected template shape');
  }
  return ranges;
}

/**
 * Minifies every `html\`…\`` template in TypeScript or JavaScript source. Returns the new source,
 * or `null` when nothing changed.
 * @param {string} code
 * @param {string} [fileName]
 */
export function minifyHtmlInSource(code, fileName = 'module.ts') {
  if (!code.includes('html`')) return null;
  const sourceFile = ts.createSourceFile(
    fileName,
    code,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TS,
  );
  const edits = [];
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      node.tag.text === 'html' &&
      !node.typeArguments
    ) {
      const ranges = templateParts(node.template, sourceFile);
      const minified = minifyTemplateParts(ranges.map(([start, end]) => code.slice(start, end)));
      ranges.forEach(([start, end], index) => {
        if (minified[index] !== code.slice(start, end))
          edits.push({ start, end, text: minified[index] });
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  if (edits.length === 0) return null;
  edits.sort((a, b) => b.start - a.start);
  let result = code;
  for (const { start, end, text } of edits)
    result = result.slice(0, start) + text + result.slice(end);
  return result;
}

export function minifyHtmlLiterals({ include = /\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'belfry-minify-html-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!include.test(id)) return null;
      const result = minifyHtmlInSource(code, id);
      // Line breaks are kept, so line-based source maps stay right.
      return result === null ? null : { code: result, map: null };
    },
  };
}
