import { html, nothing, type CSSResultGroup, type PropertyDeclarations } from 'lit';
import { BelfryElement, headingLevel, LocalizeController } from '@belfry/core';
import { BfIcon } from '../icon/icon.js';
import { chevronDownIcon } from '../icon/icons.js';
import { BfAccordionItem } from './accordion-item.js';
import { accordionStyles } from './accordion.styles.js';
import { accordionStrings } from './accordion.strings.js';

/**
 * @summary Sections of content under headings, each shown and hidden by its heading, with a
 * "Show all sections" button. For long pages that citizens scan for the part that concerns them.
 *
 * @tag bf-accordion
 *
 * @slot - The sections: `<bf-accordion-item>` elements.
 *
 * @csspart controls - The row that holds the "Show all sections" button.
 * @csspart toggle-all - The "Show all sections" / "Hide all sections" button.
 *
 * @cssprop --bf-accordion-toggle-all-fg - Colour of the "Show all sections" button.
 * @cssprop --bf-accordion-fg - Text colour of the sections.
 * @cssprop --bf-accordion-margin - Space below the accordion.
 * @cssprop --bf-accordion-border - Colour of the lines between sections.
 * @cssprop --bf-accordion-border-width - Width of the lines between sections.
 *
 * @fires bf-accordion-toggle - A section opened or closed (fired by the section, it bubbles).
 */
export class BfAccordion extends BelfryElement {
  static override styles: CSSResultGroup = [BelfryElement.styles, accordionStyles];
  static override dependencies = { 'bf-accordion-item': BfAccordionItem, 'bf-icon': BfIcon };
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level', reflect: true },
    allOpen: { state: true },
  };

  private readonly t = new LocalizeController(this, accordionStrings);

  /**
   * The level of every section's heading, 2 to 6 (default 2), for sections that set none of
   * their own. Reflected, because the sections read it from the attribute.
   */
  headingLevel?: string | number | undefined;

  /** Whether every section is open: the button then offers to hide them all. */
  private allOpen = false;

  constructor() {
    super();
    this.addEventListener('bf-accordion-toggle', this.sync);
  }

  /** The sections, in order. */
  get items(): BfAccordionItem[] {
    return [...this.children].filter(
      (child): child is BfAccordionItem => child instanceof BfAccordionItem,
    );
  }

  /** Opens every section. */
  showAll(): void {
    for (const item of this.items) item.setOpenFromAccordion(true);
  }

  /** Closes every section. */
  hideAll(): void {
    for (const item of this.items) item.setOpenFromAccordion(false);
  }

  protected override firstUpdated(): void {
    // Sections written with `open` are open from the start, before any toggle event. Read after
    // the first render, which must repeat a server's (it cannot see the sections) to hydrate.
    this.sync();
  }

  protected override willUpdate(): void {
    if (this.headingLevel !== undefined) headingLevel(this.headingLevel, 2, this.localName);
  }

  protected override render() {
    const allOpen = this.allOpen;
    return html`<div part="controls" class="controls">
        <button
          part="toggle-all"
          class="toggle-all focus-ring"
          type="button"
          aria-expanded=${allOpen ? 'true' : 'false'}
          lang=${this.t.textLang ?? nothing}
          @click=${() => (this.allOpen ? this.hideAll() : this.showAll())}
        >
          <bf-icon class="icon" .icon=${chevronDownIcon}></bf-icon
          ><span>${this.t.term(allOpen ? 'hideAll' : 'showAll')}</span>
        </button>
      </div>
      <slot @slotchange=${this.sync}></slot>`;
  }

  /** The button follows the sections: "Hide all sections" once every one is open. */
  private readonly sync = (): void => {
    const items = this.items;
    this.allOpen = items.length > 0 && items.every((item) => item.open);
  };
}
