import { html, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  BelfryElement,
  DisclosureController,
  containerHeadingLevel,
  devMode,
  headingLevel,
  renderHeading,
  servedHeadingLevel,
  type DisclosureSource,
  type HeadingLevel,
  disclosureStyles,
} from '@belfry/core';
import { BfIcon } from '../icon/icon.js';
import { chevronDownIcon } from '../icon/icons.js';
import { itemStyles } from './accordion.styles.js';

/** The detail of `bf-accordion-toggle`. */
export interface AccordionToggleDetail {
  /** Whether the section is open now. */
  open: boolean;
  /**
   * What opened or closed it: `user` (its button), `all` ("Show all sections"), `find` (the
   * browser's find-in-page found text in it) or `script` (the `open` property or attribute).
   */
  source: DisclosureSource;
}

declare global {
  interface BelfryEventDetails {
    'bf-accordion-toggle': AccordionToggleDetail;
  }
}

/**
 * @summary One section of a `<bf-accordion>`: a heading that shows and hides its content.
 *
 * @tag bf-accordion-item
 *
 * @slot - The section's content: paragraphs, lists, links. Written in the page, it can be read
 * before and without the script, and is printed.
 *
 * @csspart heading - The heading (`<h2>` to `<h6>`) that holds the button.
 * @csspart button - The button that shows and hides the content; its text is the heading.
 * @csspart content - The box around the content.
 *
 * @cssprop --bf-accordion-button-fg - Colour of the heading's text.
 * @cssprop --bf-accordion-button-bg-hover - Background of the heading under the pointer.
 * @cssprop --bf-accordion-button-padding - Space above and below the heading's text.
 * @cssprop --bf-accordion-heading-size - Text size of the heading.
 * @cssprop --bf-accordion-panel-padding - Space below the content.
 * @cssprop --bf-accordion-border - Colour of the line between sections.
 * @cssprop --bf-accordion-border-width - Width of the line between sections.
 *
 * @fires bf-accordion-toggle - After the section opened or closed, with `{ open, source }`.
 */
export class BfAccordionItem extends BelfryElement {
  static override styles: CSSResultGroup = [BelfryElement.styles, disclosureStyles, itemStyles];
  static override dependencies = { 'bf-icon': BfIcon };
  static override properties: PropertyDeclarations = {
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    open: { type: Boolean, reflect: true, useDefault: true },
  };

  /** The section's heading: also the text of its button. Plain text. */
  heading = '';

  /**
   * The level of the heading, 2 to 6: the level that fits the page's outline. Without it, the
   * `heading-level` of the surrounding `<bf-accordion>`, else 2.
   */
  headingLevel?: string | number | undefined;

  /** Whether the content is shown. Reflected as the `open` attribute. */
  open = false;

  private readonly disclosure = new DisclosureController(this, {
    onChange: (open, source) => this.emit('bf-accordion-toggle', { open, source }),
  });

  /** The level a server rendered, kept while hydrating: see `level`. */
  private serverLevel: HeadingLevel | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) this.serverLevel = servedHeadingLevel(this);
  }

  /** Shows the content (as a click on the heading would, but reported as `script`). */
  show(): void {
    this.disclosure.toggle(true, 'script');
  }

  /** Hides the content. */
  hide(): void {
    this.disclosure.toggle(false, 'script');
  }

  /**
   * @internal Opens or closes the section for the accordion's "Show all sections", reported as
   * `all`.
   */
  setOpenFromAccordion(open: boolean): void {
    this.disclosure.toggle(open, 'all');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (devMode && (changed.has('heading') || !this.hasUpdated) && !this.heading.trim()) {
      this.warn('heading', 'has no heading: the section cannot be found or opened by name.');
    }
  }

  /**
   * The heading's level: its own `heading-level`, else its accordion's, else 2. A server cannot
   * see the accordion around an item, so it renders level 2 where the item has no level of its
   * own; the browser keeps what the server rendered rather than break the page's hydration.
   */
  private get level(): HeadingLevel {
    const own = this.headingLevel;
    if (own !== undefined && own !== null && own !== '') {
      return headingLevel(own, this.inheritedLevel ?? 2, this.localName);
    }
    if (this.serverLevel) return this.serverLevel;
    return this.inheritedLevel ?? 2;
  }

  private get inheritedLevel(): HeadingLevel | undefined {
    return containerHeadingLevel(this, 'bf-accordion');
  }

  protected override render() {
    const button = html`<button
      part="button"
      class="button focus-ring"
      id="button"
      type="button"
      aria-expanded=${this.open ? 'true' : 'false'}
      aria-controls="panel"
      @click=${() => this.disclosure.toggle()}
    >
      <span class="text">${this.heading}</span
      ><bf-icon class="icon" .icon=${chevronDownIcon}></bf-icon>
    </button>`;
    return html`${renderHeading(this.level, button, { part: 'heading', className: 'heading' })}
      <div
        part="content"
        class="panel"
        id="panel"
        hidden=${this.disclosure.hidden}
        @beforematch=${this.disclosure.reveal}
      >
        <div class="inner"><slot></slot></div>
      </div>`;
  }
}
