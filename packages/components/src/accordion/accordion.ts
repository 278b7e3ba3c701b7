import { html, type CSSResultGroup, type PropertyDeclarations } from 'lit';
import {
  BelfryElement,
  DisclosureGroupController,
  disclosureGroupStyles,
  headingLevel,
  LocalizeController,
} from '@belfry/core';
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
  static override styles: CSSResultGroup = [
    BelfryElement.styles,
    disclosureGroupStyles,
    accordionStyles,
  ];
  static override dependencies = { 'bf-accordion-item': BfAccordionItem, 'bf-icon': BfIcon };
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level', reflect: true },
  };

  private readonly t = new LocalizeController(this, accordionStrings);

  /**
   * The level of every section's heading, 2 to 6 (default 2), for sections that set none of
   * their own. Reflected, because the sections read it from the attribute.
   */
  headingLevel?: string | number | undefined;

  private readonly group = new DisclosureGroupController(this, {
    item: BfAccordionItem,
    toggleEvent: 'bf-accordion-toggle',
    setOpen: (item, open) => item.setOpenFromAccordion(open),
  });

  /** The sections, in order. */
  get items(): BfAccordionItem[] {
    return this.group.items;
  }

  /** Opens every section. */
  showAll(): void {
    this.group.showAll();
  }

  /** Closes every section. */
  hideAll(): void {
    this.group.hideAll();
  }

  protected override willUpdate(): void {
    if (this.headingLevel !== undefined) headingLevel(this.headingLevel, 2, this.localName);
  }

  protected override render() {
    return html`${this.group.render({
        term: (key) => this.t.term(key),
        lang: this.t.textLang,
        icon: html`<bf-icon class="icon" .icon=${chevronDownIcon}></bf-icon>`,
      })} <slot @slotchange=${this.group.sync}></slot>`;
  }
}
