import {
  html,
  nothing,
  svg,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { BelfryElement, devMode, onServer } from '@belfry/core';
import {
  checkIcon,
  getIcon,
  isIconName,
  stopWaiting,
  waitForIcon,
  type CheckedIcon,
  type IconDefinition,
} from './registry.js';
import { styles } from './icon.styles.js';

export const iconSizes = ['small', 'medium', 'large'] as const;
export type IconSize = (typeof iconSizes)[number];

/**
 * @summary An icon from Belfry's built-in set or an agency's own, drawn from data in the page:
 * no network request, no `data:` URL, nothing that a strict Content-Security-Policy blocks.
 *
 * @tag bf-icon
 *
 * @csspart svg - The `<svg>` drawing. It fills the element and is painted in `currentColor`.
 *
 * @cssprop --bf-icon-size-small - Width and height of `size="small"`: as tall as body text (1rem).
 * @cssprop --bf-icon-size-medium - Width and height of the default size, for buttons, links and list rows (1.25rem).
 * @cssprop --bf-icon-size-large - Width and height of `size="large"`, for messages and contact channels (1.5rem).
 */
export class BfIcon extends BelfryElement {
  // Only the icon's own sheet: it uses none of the shared focus or text styles, and every
  // extra sheet is matched a thousand times on a page full of icons.
  static override styles: CSSResultGroup = styles;
  static override properties: PropertyDeclarations = {
    name: {},
    icon: { attribute: false },
    label: {},
    // Reflected so that the styles can match it; only when set, never for the default.
    size: { reflect: true },
  };

  /**
   * The name of a registered icon: one of the built-in set (`info`, `warning`, `download`, …)
   * or one an agency registered with `registerIcon()`. An unknown name draws nothing and logs a
   * warning; the icon appears as soon as a script registers that name.
   */
  name = '';

  /**
   * The icon's drawing as data, e.g. `import { infoIcon } from '@belfry/components'`. Takes
   * precedence over `name`. Belfry's components use it, so that a page bundles only the icons it
   * shows. A property only: there is no attribute.
   */
  icon?: IconDefinition;

  /**
   * What the icon means, for an icon that carries information the text around it does not give
   * (e.g. "Warning" next to a date). Then it is an image with this name for screen readers.
   * Leave it empty for a decorative icon (next to text that says the same): the icon is then
   * hidden from assistive technology. Write it in the language of the page.
   */
  label = '';

  /**
   * `small` (next to body text), `medium` (the default: buttons, links, list rows) or `large`
   * (messages, contact channels). The sizes come from design tokens and grow with the text.
   */
  size?: IconSize;

  private readonly internals: ElementInternals;
  /** The drawing in use, checked; `undefined` when there is nothing to draw. */
  private drawing: CheckedIcon | undefined;
  /** The name this element waits to be registered, or ''. */
  private waitingFor = '';

  constructor() {
    super();
    // Decorative or named through ElementInternals: no attribute is written on the host.
    this.internals = this.attachInternals();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page while its name is still missing: look again, and wait again if need be.
    if (this.hasUpdated && !this.drawing && this.name) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWaiting();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Every update, not only when name or icon change: a registration also asks for one.
    this.drawing = this.resolveDrawing();
    if (changed.has('label')) {
      // A decorative icon is hidden as a whole; the drawing inside is hidden too, for tools
      // that do not read ElementInternals.
      this.internals.ariaHidden = this.accessibleName ? null : 'true';
    }
    if (devMode && changed.has('size') && this.size != null && !iconSizes.includes(this.size)) {
      this.warn(
        `size:${String(this.size)}`,
        `size="${String(this.size).slice(0, 40)}" is unknown; the medium size is used. Use small, medium or large.`,
      );
    }
  }

  protected override render() {
    const drawing = this.drawing;
    const name = this.accessibleName;
    // Path data is only ever bound as the `d` attribute, never parsed as markup.
    return html`<svg
      part="svg"
      class=${drawing?.paint ?? 'stroke'}
      viewBox=${drawing?.viewBox ?? '0 0 24 24'}
      stroke-width=${ifDefined(drawing?.strokeWidth)}
      role=${ifDefined(name ? 'img' : undefined)}
      aria-label=${ifDefined(name || undefined)}
      aria-hidden=${ifDefined(name ? undefined : 'true')}
    >
      ${drawing ? drawing.paths.map((d) => svg`<path d=${d}></path>`) : nothing}
    </svg>`;
  }

  /** The label without surrounding spaces: a label of spaces would name the image "". */
  private get accessibleName(): string {
    return typeof this.label === 'string' ? this.label.trim() : '';
  }

  private resolveDrawing(): CheckedIcon | undefined {
    this.stopWaiting();
    if (this.icon != null) {
      const checked = checkIcon(this.icon);
      if (typeof checked === 'string') {
        if (devMode)
          this.warn(`icon:${checked}`, `the icon property is not a valid icon: ${checked}.`);
        return undefined;
      }
      return checked;
    }
    const name = this.name;
    if (!name) {
      if (devMode) this.warn('nothing', 'has neither a name nor an icon, so it draws nothing.');
      return undefined;
    }
    const shown = JSON.stringify(String(name)).slice(0, 60);
    if (!isIconName(name)) {
      if (devMode) {
        this.warn(
          `name:${String(name)}`,
          `name=${shown} is not an icon name (lowercase letters, digits and hyphens, such as "chevron-down"); nothing is drawn.`,
        );
      }
      return undefined;
    }
    const registered = getIcon(name);
    if (!registered) {
      if (devMode) {
        this.warn(
          `unknown:${name}`,
          `no icon called ${shown} is registered. Check the spelling, or register it with registerIcon(); it is drawn as soon as it is.`,
        );
      }
      // Not on a server: nothing registers there later, and the element would be kept forever.
      if (!onServer) {
        this.waitingFor = name;
        waitForIcon(name, this);
      }
    }
    return registered;
  }

  private stopWaiting(): void {
    if (!this.waitingFor) return;
    stopWaiting(this.waitingFor, this);
    this.waitingFor = '';
  }
}
