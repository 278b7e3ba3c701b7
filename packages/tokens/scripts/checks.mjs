/**
 * Checks that make the build fail: WCAG contrast of every declared pair in every theme, and the
 * typography/spacing rules that keep pages usable when people change their browser settings.
 */
import { contrastRatio, formatRatio } from './contrast.mjs';
import { renderedThrough } from './source.mjs';

const KIND_LABEL = {
  text: 'text',
  'large-text': 'large text',
  ui: 'UI component',
  focus: 'focus indicator',
};

const refId = (ref) => String(ref).replace(/^\{|\}$/g, '');

/**
 * The token whose value a pair's colour renders with in a theme. Component tokens are not
 * declared in the CSS, so `button.primary.bg` renders as the semantic token it refers to
 * (`color.action`) unless a page sets it; that is the value the gate must measure.
 */
function measured(tokens, id) {
  const token = tokens.get(id);
  if (token?.tier !== 'component') return { token, via: null };
  const rendered = renderedThrough(tokens, id);
  return rendered ? { token: rendered, via: rendered.id } : { token, via: null };
}

const named = (id, via) => (via ? `${id} (${via})` : id);

/**
 * Computes every declared pair in every resolved theme.
 * @returns {{ themes: Array<object>, failures: Array<object> }}
 */
export function checkContrast(source, resolved) {
  const failures = [];
  const themes = resolved.map(({ theme, tokens }) => {
    const thresholds = source.rules.contrastLevels[theme.contrastLevel];
    const pairs = source.pairs.map((pair) => {
      const fgId = refId(pair.foreground);
      const bgId = refId(pair.background);
      const { token: fg, via: fgVia } = measured(tokens, fgId);
      const { token: bg, via: bgVia } = measured(tokens, bgId);
      const required = thresholds[pair.kind];
      const enforced = pair.enforce !== false;
      const row = {
        id: pair.id,
        kind: pair.kind,
        foreground: fgId,
        background: bgId,
        // For component tokens: the token they render as (they are not declared in the CSS).
        foregroundVia: fgVia,
        backgroundVia: bgVia,
        foregroundValue: fg?.value ?? null,
        backgroundValue: bg?.value ?? null,
        required,
        enforced,
        description: pair.description ?? '',
      };
      if (required === undefined)
        throw new Error(`contrast pair "${pair.id}" has unknown kind "${pair.kind}"`);
      if (!fg || !bg) {
        throw new Error(
          `contrast pair "${pair.id}" names a token that does not exist: ${!fg ? fgId : bgId}`,
        );
      }
      let ratio;
      try {
        ratio = contrastRatio(String(fg.value), String(bg.value));
      } catch (error) {
        throw new Error(`contrast pair "${pair.id}" in theme "${theme.name}": ${error.message}`);
      }
      const pass = ratio >= required;
      Object.assign(row, {
        ratio: Math.round(ratio * 100) / 100,
        ratioText: formatRatio(ratio),
        pass,
      });
      if (!pass && enforced) {
        failures.push({
          theme: theme.name,
          ...row,
          message:
            `theme "${theme.name}", pair "${pair.id}": ${named(fgId, fgVia)} ${fg.value} on ${named(bgId, bgVia)} ${bg.value} ` +
            `is ${formatRatio(ratio)}, needs at least ${required}:1 for ${KIND_LABEL[pair.kind]}` +
            (theme.contrastLevel === 'AAA' ? ' (WCAG AAA theme)' : ''),
        });
      }
      return row;
    });
    return {
      name: theme.name,
      label: theme.label,
      kind: theme.kind,
      contrastLevel: theme.contrastLevel,
      thresholds,
      pass: pairs.every((p) => p.pass || !p.enforced),
      pairs,
    };
  });
  return { themes, failures };
}

/** Units that follow the user's font-size setting. */
const RELATIVE_DIMENSION = /^-?(\d*\.)?\d+(rem|em)$/;

/**
 * Typography and size rules: all dimensions in rem/em (or zero), body line height ≥ 1.5,
 * touch target ≥ 2.75rem.
 */
export function checkSizes(resolved) {
  const problems = [];
  for (const { theme, tokens } of resolved) {
    for (const token of tokens.values()) {
      if (token.type !== 'dimension') continue;
      const value = String(token.value);
      if (value !== '0' && !RELATIVE_DIMENSION.test(value)) {
        problems.push(
          `theme "${theme.name}": ${token.cssVar} is "${value}"; sizes must be in rem or em so they follow the user's settings`,
        );
      }
    }
    const lineHeight = Number(tokens.get('line-height.body')?.value);
    if (!(lineHeight >= 1.5)) {
      problems.push(
        `theme "${theme.name}": --bf-line-height-body is ${lineHeight}; body text needs at least 1.5 (WCAG 1.4.12)`,
      );
    }
    const target = String(tokens.get('touch-target.min')?.value ?? '');
    if (!(target.endsWith('rem') && parseFloat(target) >= 2.75)) {
      problems.push(
        `theme "${theme.name}": --bf-touch-target-min is "${target}"; it must be at least 2.75rem (44 px)`,
      );
    }
  }
  return problems;
}
