/**
 * WCAG 2.x contrast maths, with no dependencies so the build, the style checker and the tests
 * all share exactly the same numbers.
 *
 * Relative luminance and contrast ratio follow WCAG 2.2, "relative luminance" definition:
 * https://www.w3.org/TR/WCAG22/#dfn-relative-luminance
 */

/** @typedef {{ r: number, g: number, b: number, a: number }} Rgba  channels 0–255, alpha 0–1 */

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const RGB_FN = /^rgba?\(\s*([^)]+)\)$/i;

/**
 * Parses the colour notations used in the token source: #rgb, #rgba, #rrggbb, #rrggbbaa,
 * rgb()/rgba() in comma or space syntax. Returns null for anything else (keywords such as
 * `transparent` or `currentColor` cannot be contrast-checked on their own).
 * @param {string} input
 * @returns {Rgba | null}
 */
export function parseColor(input) {
  if (typeof input !== 'string') return null;
  const value = input.trim().toLowerCase();
  const hex = HEX.exec(value);
  if (hex) {
    let digits = hex[1];
    if (digits.length <= 4) digits = [...digits].map((d) => d + d).join('');
    const n = (i) => parseInt(digits.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: digits.length === 8 ? n(6) / 255 : 1 };
  }
  const fn = RGB_FN.exec(value);
  if (fn) {
    const parts = fn[1].split(/[\s,/]+/).filter(Boolean);
    if (parts.length < 3) return null;
    const channel = (p) => (p.endsWith('%') ? (parseFloat(p) / 100) * 255 : parseFloat(p));
    const alpha =
      parts[3] === undefined
        ? 1
        : parts[3].endsWith('%')
          ? parseFloat(parts[3]) / 100
          : parseFloat(parts[3]);
    const rgba = { r: channel(parts[0]), g: channel(parts[1]), b: channel(parts[2]), a: alpha };
    return Object.values(rgba).some(Number.isNaN) ? null : rgba;
  }
  if (value === 'white') return { r: 255, g: 255, b: 255, a: 1 };
  if (value === 'black') return { r: 0, g: 0, b: 0, a: 1 };
  return null;
}

/** Lower-case #rrggbb (or #rrggbbaa when translucent), for comparing colours written differently. */
export function normalizeColor(input) {
  const c = parseColor(input);
  if (!c) return null;
  const h = (n) => Math.round(n).toString(16).padStart(2, '0');
  return `#${h(c.r)}${h(c.g)}${h(c.b)}${c.a < 1 ? h(c.a * 255) : ''}`;
}

/** Paints a translucent colour over an opaque one, as the browser does. */
export function composite(fg, bg) {
  const a = fg.a;
  return {
    r: fg.r * a + bg.r * (1 - a),
    g: fg.g * a + bg.g * (1 - a),
    b: fg.b * a + bg.b * (1 - a),
    a: 1,
  };
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance({ r, g, b }) {
  const linear = (channel) => {
    const s = channel / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * Contrast ratio between two colours, 1 to 21. A translucent foreground is painted over the
 * background first. Throws when a colour cannot be parsed or the background is translucent,
 * because a ratio would then be meaningless.
 * @param {string} foreground
 * @param {string} background
 */
export function contrastRatio(foreground, background) {
  const bg = parseColor(background);
  const fgRaw = parseColor(foreground);
  if (!bg) throw new Error(`cannot read background colour "${background}"`);
  if (!fgRaw) throw new Error(`cannot read foreground colour "${foreground}"`);
  if (bg.a < 1)
    throw new Error(
      `background colour "${background}" is translucent; declare the opaque colour it sits on`,
    );
  const fg = fgRaw.a < 1 ? composite(fgRaw, bg) : fgRaw;
  const l1 = relativeLuminance(fg);
  const l2 = relativeLuminance(bg);
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}

/**
 * Formats a ratio for people: rounded DOWN to two decimals, so a ratio of 4.499 is never shown
 * as a passing "4.50".
 */
export function formatRatio(ratio) {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}
