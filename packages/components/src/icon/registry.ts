import { devMode, warnOnce } from '@belfry/core';

/** How an icon's paths are painted, both in the text colour (`currentColor`). */
export type IconPaint = 'stroke' | 'fill';

/**
 * An icon as data: what `<bf-icon>` draws. No markup, so nothing in it can run as script.
 *
 * ```ts
 * const receipt: IconDefinition = {
 *   viewBox: '0 0 24 24',
 *   paint: 'stroke',
 *   paths: ['M6 3h12v18l-3-2-3 2-3-2-3 2z', 'M9 8h6M9 12h6'],
 * };
 * ```
 */
export interface IconDefinition {
  /** The drawing's coordinate box, four numbers: `"0 0 24 24"` for Belfry's own icons. */
  readonly viewBox: string;
  /** SVG path data (the `d` of a `<path>`), one string per shape. Nothing else is accepted. */
  readonly paths: readonly string[];
  /**
   * `stroke`: the paths are lines with round ends, as Belfry's own icons are drawn. `fill`
   * (the default, as in an SVG file): the paths are filled shapes.
   */
  readonly paint?: IconPaint | undefined;
  /** Line width in `viewBox` units, for `stroke` icons; 2 when not given. */
  readonly strokeWidth?: number | undefined;
}

/** A definition that passed validation, copied so that later changes to the input cannot bypass it. */
export interface CheckedIcon {
  readonly viewBox: string;
  readonly paths: readonly string[];
  readonly paint: IconPaint;
  readonly strokeWidth: number | undefined;
}

/** Icon names: lowercase letters, digits and single hyphens, starting with a letter. */
const namePattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/**
 * Path data: starts with a move-to, then only path commands, numbers, signs, exponents,
 * separators. Anything else (a `<`, a quote, a colon, a letter outside the path grammar) is refused.
 */
const pathPattern = /^\s*[Mm][\d\s.,+\-eEMmZzLlHhVvCcSsQqTtAa]*$/;
const numberPattern = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Whether `name` can be an icon name. `__proto__`, `<script>` and empty names cannot. */
export function isIconName(name: unknown): name is string {
  return typeof name === 'string' && name.length <= 100 && namePattern.test(name);
}

// Checked once per definition object: a thousand icons sharing one definition cost one check.
const checked = new WeakMap<object, CheckedIcon | string>();

/**
 * Validates `definition` and returns a frozen copy, or a sentence saying what is wrong. Never
 * throws, even for hostile objects (throwing getters, proxies).
 */
export function checkIcon(definition: unknown): CheckedIcon | string {
  if (typeof definition !== 'object' || definition === null) {
    return `an icon definition must be an object with viewBox and paths, not ${definition === null ? 'null' : `a ${typeof definition}`}`;
  }
  const known = checked.get(definition);
  if (known !== undefined) return known;
  let result: CheckedIcon | string;
  try {
    result = validate(definition as Record<string, unknown>);
  } catch {
    result = 'the icon definition could not be read';
  }
  checked.set(definition, result);
  return result;
}

function validate(definition: Record<string, unknown>): CheckedIcon | string {
  const { viewBox, paths, paint = 'fill', strokeWidth } = definition;
  if (typeof viewBox !== 'string') return 'viewBox must be a string such as "0 0 24 24"';
  const box = viewBox.trim().split(/[\s,]+/);
  if (
    box.length !== 4 ||
    !box.every((value) => numberPattern.test(value)) ||
    Number(box[2]) <= 0 ||
    Number(box[3]) <= 0
  ) {
    return `viewBox "${viewBox}" is not four numbers with a positive width and height`;
  }
  if (!Array.isArray(paths) || paths.length === 0) {
    return 'paths must be a non-empty list of SVG path data strings';
  }
  const copy: string[] = [];
  for (const path of paths as unknown[]) {
    if (typeof path !== 'string' || !pathPattern.test(path)) {
      return `${JSON.stringify(String(path)).slice(0, 60)} is not SVG path data (only path commands and numbers are allowed)`;
    }
    copy.push(path.trim());
  }
  if (paint !== 'stroke' && paint !== 'fill') return 'paint must be "stroke" or "fill"';
  if (
    strokeWidth !== undefined &&
    (typeof strokeWidth !== 'number' || !Number.isFinite(strokeWidth) || strokeWidth <= 0)
  ) {
    return 'strokeWidth must be a positive number';
  }
  return Object.freeze({
    viewBox: box.join(' '),
    paths: Object.freeze(copy),
    paint,
    strokeWidth: paint === 'stroke' ? (strokeWidth ?? 2) : undefined,
  });
}

// A Map, not an object: no name can reach a prototype.
const registry = new Map<string, CheckedIcon>();
/** Elements that asked for a name before it was registered, to re-render when it is. */
const waiting = new Map<string, Set<{ requestUpdate(): void }>>();

/**
 * Registers an icon under `name`, for `<bf-icon name="…">`. Icons already on the page that wait
 * for this name are drawn at once. Returns whether it was registered: an invalid name or
 * definition, or a name already taken by another drawing, gives a console warning instead.
 *
 * ```ts
 * registerIcon('receipt', { viewBox: '0 0 24 24', paint: 'stroke', paths: ['M6 3h12v18l-3-2-3 2-3-2-3 2z'] });
 * ```
 */
export function registerIcon(name: string, definition: IconDefinition): boolean {
  if (!isIconName(name)) {
    if (devMode) {
      warnOnce(
        `icon-name:${String(name)}`,
        `registerIcon: ${JSON.stringify(String(name)).slice(0, 60)} is not a valid icon name (lowercase letters, digits and hyphens, such as "tax-form"); the icon was not registered.`,
      );
    }
    return false;
  }
  const icon = checkIcon(definition);
  if (typeof icon === 'string') {
    if (devMode) {
      warnOnce(
        `icon-definition:${name}`,
        `registerIcon("${name}"): ${icon}; the icon was not registered.`,
      );
    }
    return false;
  }
  const existing = registry.get(name);
  if (existing && existing !== icon) {
    // Like customElements.define: the first registration stays, so an icon on the page never
    // changes its meaning because a second script chose the same name.
    if (devMode) {
      warnOnce(
        `icon-taken:${name}`,
        `registerIcon: the name "${name}" is already registered with another drawing; the first one is kept. Choose another name, e.g. with your service as prefix.`,
      );
    }
    return false;
  }
  registry.set(name, icon);
  const elements = waiting.get(name);
  if (elements) {
    waiting.delete(name);
    for (const element of elements) element.requestUpdate();
  }
  return true;
}

/**
 * Registers several icons at once: `registerIcons({ receipt, 'tax-form': taxForm })`. Returns
 * whether every one was registered; each that was not gives a console warning.
 */
export function registerIcons(icons: Readonly<Record<string, IconDefinition>>): boolean {
  let all = true;
  for (const [name, definition] of Object.entries(icons)) {
    if (!registerIcon(name, definition)) all = false;
  }
  return all;
}

/** The registered icon called `name`, or `undefined`. */
export function getIcon(name: string): CheckedIcon | undefined {
  return registry.get(name);
}

/** The names of every registered icon, in registration order. */
export function iconNames(): string[] {
  return [...registry.keys()];
}

/** @internal Re-renders `element` once an icon called `name` is registered. */
export function waitForIcon(name: string, element: { requestUpdate(): void }): void {
  let elements = waiting.get(name);
  if (!elements) waiting.set(name, (elements = new Set()));
  elements.add(element);
}

/** @internal Stops waiting (the element left the page or asks for another icon). */
export function stopWaiting(name: string, element: { requestUpdate(): void }): void {
  const elements = waiting.get(name);
  if (!elements) return;
  elements.delete(element);
  if (elements.size === 0) waiting.delete(name);
}
