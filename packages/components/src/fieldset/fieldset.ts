import {
  html,
  isServer,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import { adoptLightStyles, BelfryElement } from '@belfry/core';
import { lightStyles, styles } from './fieldset.styles.js';

/** The heading levels a legend can take (`legend-heading`); 0 for none. */
export const legendHeadingLevels = [0, 1, 2, 3, 4, 5, 6] as const;
export type LegendHeadingLevel = (typeof legendHeadingLevels)[number];

// Marks the nodes the element made, as opposed to those the author wrote and it adopted.
const managed = 'data-bf-fieldset';
const hintMarker = 'data-bf-hint';

let instances = 0;

/**
 * @summary Groups related fields under a legend, with real `<fieldset>` semantics: the group is
 * named by its legend, described by its hint, and `disabled` disables every field inside.
 *
 * @tag bf-fieldset
 *
 * @slot - The fields of the group. The element puts them in a native `<fieldset>` in its light
 * DOM; write that `<fieldset>` (and its `<legend>`) yourself in server-rendered pages and in
 * framework templates, and the element uses yours.
 *
 * @cssprop --bf-fieldset-legend-fg - Colour of the legend.
 * @cssprop --bf-fieldset-legend-font-size - Size of a legend that is not a heading.
 * @cssprop --bf-fieldset-legend-font-weight - Weight of the legend.
 * @cssprop --bf-fieldset-heading-font-size - Size of a legend that is the page's heading (`legend-heading="1"`).
 * @cssprop --bf-fieldset-legend-gap - Space under the legend.
 * @cssprop --bf-fieldset-hint-fg - Colour of the hint.
 * @cssprop --bf-fieldset-hint-gap - Space between the hint and the first field.
 * @cssprop --bf-fieldset-gap - Space between the fields.
 */
export class BfFieldset extends BelfryElement {
  static override styles: CSSResultGroup = [BelfryElement.styles, styles];
  static override properties: PropertyDeclarations = {
    legend: {},
    hint: {},
    legendHeading: { type: Number, attribute: 'legend-heading' },
    disabled: { type: Boolean, reflect: true, useDefault: true },
  };

  /**
   * The legend: what the fields have in common, often a question ("What is your address?").
   * Screen readers say it when the user enters the group. Not needed when you write your own
   * `<legend>` inside a `<fieldset>` in the element.
   */
  legend = '';

  /** Help for the whole group, under the legend; read by screen readers with the group's name. */
  hint = '';

  /**
   * Makes the legend a heading of this level (1 to 6), sized as a heading: use `1` when the
   * group is the whole question of the page, so that the page has one `<h1>` and the question
   * is not said twice. 0 (the default) for a legend that is no heading.
   */
  legendHeading: LegendHeadingLevel = 0;

  /**
   * Disables every field in the group, as a native `<fieldset disabled>` does: they cannot be
   * focused or changed and are not submitted. Each keeps its own `disabled` for when the group
   * is enabled again.
   */
  disabled = false;

  private readonly hintId = `bf-fieldset-hint-${++instances}`;
  private fieldset: HTMLFieldSetElement | undefined;
  private observer: MutationObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    adoptLightStyles(this, lightStyles);
    this.fieldset = this.findOrMakeFieldset();
    // Content added to the element later belongs in the group too.
    this.observer ??= new MutationObserver(() => this.gatherContent());
    this.observer.observe(this, { childList: true });
    this.syncFieldset();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  protected override firstUpdated(): void {
    // Checked after the first render, so that a legend set as a property just after the
    // element was created counts.
    if (this.fieldset && !this.fieldset.querySelector(':scope > legend')) {
      this.warn('no-legend', 'needs a legend: say what the fields have in common.');
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncFieldset();
  }

  /** The author's `<fieldset>` child, else one made around the element's content. */
  private findOrMakeFieldset(): HTMLFieldSetElement {
    const own = this.querySelector<HTMLFieldSetElement>(':scope > fieldset');
    if (own) {
      if (this.fieldset !== own && own.disabled && !this.hasAttribute('disabled')) {
        this.disabled = true;
      }
      return own;
    }
    const fieldset = document.createElement('fieldset');
    fieldset.setAttribute(managed, '');
    fieldset.append(...this.childNodes);
    this.append(fieldset);
    return fieldset;
  }

  /** Moves nodes added to the element (not into its fieldset) into the fieldset. */
  private gatherContent(): void {
    const fieldset = this.fieldset;
    if (!fieldset) return;
    if (fieldset.parentNode !== this) {
      // The fieldset was taken out: start again with what the element holds now.
      this.fieldset = this.findOrMakeFieldset();
      this.syncFieldset();
      return;
    }
    const added = [...this.childNodes].filter((node) => node !== fieldset);
    if (added.length > 0) fieldset.append(...added);
  }

  /** Writes the legend, the hint and `disabled` into the light-DOM fieldset. */
  private syncFieldset(): void {
    const fieldset = this.fieldset;
    if (!fieldset) return;
    fieldset.disabled = this.disabled;
    this.syncLegend(fieldset);
    this.syncHint(fieldset);
  }

  private syncLegend(fieldset: HTMLFieldSetElement): void {
    let legend = fieldset.querySelector<HTMLLegendElement>(':scope > legend');
    if (legend && !legend.hasAttribute(managed)) {
      // The author's own legend: theirs to write and to place, heading included.
      if (this.legend) {
        this.warn('legend', 'has its own <legend>; the legend attribute is not used.');
      }
      return;
    }
    if (!this.legend) {
      legend?.remove();
      return;
    }
    if (!legend) {
      legend = document.createElement('legend');
      legend.setAttribute(managed, '');
    }
    // The legend names the group only as the fieldset's first child.
    if (fieldset.firstChild !== legend) fieldset.prepend(legend);
    const level = this.headingLevel();
    const current = legend.firstElementChild;
    const wanted = level ? `H${level}` : undefined;
    if (wanted) {
      const heading = current?.tagName === wanted ? current : document.createElement(`h${level}`);
      heading.textContent = this.legend;
      if (heading !== current || legend.childNodes.length !== 1) legend.replaceChildren(heading);
    } else if (current || legend.textContent !== this.legend) {
      legend.textContent = this.legend;
    }
  }

  private headingLevel(): LegendHeadingLevel {
    const level = Number(this.legendHeading) || 0;
    if ((legendHeadingLevels as readonly number[]).includes(level)) {
      return level as LegendHeadingLevel;
    }
    this.warn(
      'legend-heading',
      `legend-heading="${this.legendHeading}" is not 1 to 6; no heading is made.`,
    );
    return 0;
  }

  private syncHint(fieldset: HTMLFieldSetElement): void {
    // A hint the author wrote (`<p data-bf-hint>`, e.g. in server-rendered markup) is theirs.
    const own = fieldset.querySelector<HTMLElement>(`:scope > [${hintMarker}]:not([${managed}])`);
    let hint = fieldset.querySelector<HTMLElement>(`:scope > [${hintMarker}][${managed}]`);
    if (this.hint && own) this.warn('hint', 'has its own hint; the hint attribute is not used.');
    if (this.hint && !own) {
      if (!hint) {
        hint = document.createElement('div');
        hint.setAttribute(hintMarker, '');
        hint.setAttribute(managed, '');
        hint.id = this.hintId;
      }
      const legend = fieldset.querySelector(':scope > legend');
      if (hint.previousElementSibling !== legend) {
        if (legend) legend.after(hint);
        else fieldset.prepend(hint);
      }
      if (hint.textContent !== this.hint) hint.textContent = this.hint;
    } else {
      hint?.remove();
      hint = own;
    }
    if (hint && !hint.id) hint.id = this.hintId;
    // Keep the ids the author put in aria-describedby (an error message, say), hint first.
    const ids = (fieldset.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter((id) => id && id !== this.hintId && id !== hint?.id);
    if (hint) ids.unshift(hint.id);
    if (ids.length > 0) fieldset.setAttribute('aria-describedby', ids.join(' '));
    else fieldset.removeAttribute('aria-describedby');
  }
}
