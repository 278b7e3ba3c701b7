import { html, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  BelfryElement,
  DisclosureGroupController,
  devMode,
  disclosureGroupStyles,
  forgetOpen,
  headingLevel,
  LocalizeController,
} from '@belfry/core';
import { BfIcon } from '../icon/icon.js';
import { chevronDownIcon } from '../icon/icons.js';
import { BfStepByStepItem } from './step-by-step-item.js';
import { stepByStepStyles } from './step-by-step.styles.js';
import { stepByStepStrings } from './step-by-step.strings.js';

export const stepByStepVariants = ['page', 'compact'] as const;
export type StepByStepVariant = (typeof stepByStepVariants)[number];

/**
 * @summary The overview of a life event ("Moving house"): numbered steps, each a heading that
 * shows and hides what the citizen must do, with "and" / "or" between steps, optional steps, a
 * status per step for a signed-in citizen, and "Show all steps". For a page of its own or, as
 * `variant="compact"`, a sidebar next to one step's page.
 *
 * @tag bf-step-by-step
 *
 * @slot - The steps: `<bf-step-by-step-item>` elements, in order.
 *
 * @csspart controls - The row that holds the "Show all steps" button.
 * @csspart toggle-all - The "Show all steps" / "Hide all steps" button.
 * @csspart list - The ordered list around the steps.
 *
 * @cssprop --bf-step-by-step-toggle-all-fg - Colour of the "Show all steps" button.
 * @cssprop --bf-step-by-step-fg - Text colour of the steps.
 * @cssprop --bf-step-by-step-margin - Space below the steps.
 * @cssprop --bf-step-by-step-compact-marker-size - The number's circle in the compact variant.
 * @cssprop --bf-step-by-step-compact-heading-size - Text size of headings in the compact variant.
 *
 * @fires bf-step-by-step-toggle - A step opened or closed (fired by the step, it bubbles).
 */
export class BfStepByStep extends BelfryElement {
  static override styles: CSSResultGroup = [
    BelfryElement.styles,
    disclosureGroupStyles,
    stepByStepStyles,
  ];
  static override dependencies = { 'bf-step-by-step-item': BfStepByStepItem, 'bf-icon': BfIcon };
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level', reflect: true },
    remember: { reflect: true },
    variant: { reflect: true },
  };

  private readonly t = new LocalizeController(this, stepByStepStrings);

  /**
   * The level of every step's heading, 2 to 6 (default 2), for steps that set none of their
   * own. Reflected, because the steps read it from the attribute.
   */
  headingLevel?: string | number | undefined;

  /**
   * A name for this life event ("moving-house"): the steps the citizen opens are kept under it
   * for the browser tab's session, and open again when they come back to the page. Without it
   * the list's `id` is used; without either nothing is kept. Reflected, as the steps read it.
   */
  remember?: string;

  /**
   * `page` (the default): the life event's own page. `compact`: smaller numbers and headings,
   * for a sidebar next to the page of one step.
   */
  variant: StepByStepVariant = 'page';

  private readonly group = new DisclosureGroupController(this, {
    item: BfStepByStepItem,
    toggleEvent: 'bf-step-by-step-toggle',
    setOpen: (item, open) => item.setOpenFromList(open),
    // "and" / "or" steps share the number of the step before them.
    onSync: (items) => {
      let number = 0;
      for (const item of items) {
        if (!item.validLogic) number += 1;
        item.stepNumber = number;
      }
    },
  });

  /** The steps, in order. */
  get items(): BfStepByStepItem[] {
    return this.group.items;
  }

  /** Opens every step. */
  showAll(): void {
    this.group.showAll();
  }

  /** Closes every step. */
  hideAll(): void {
    this.group.hideAll();
  }

  /** Forgets which steps the citizen opened in this tab (see `remember`). */
  forgetOpenSteps(): void {
    const group = this.remember?.trim() || this.id;
    if (group) forgetOpen(group);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.headingLevel !== undefined) headingLevel(this.headingLevel, 2, this.localName);
    if (devMode && changed.has('variant') && !stepByStepVariants.includes(this.variant)) {
      this.warn(
        `variant:${String(this.variant)}`,
        `variant="${String(this.variant)}" is unknown; "page" is used. Use page or compact.`,
      );
    }
  }

  protected override render() {
    // The steps are slotted: each one is a list item (its ElementInternals role), which the
    // accessibility tree places straight under this list (test/step-by-step/a11y-tree). The
    // role is repeated because Safari drops the list role of a list without markers.
    // eslint-disable-next-line lit-a11y/list, lit-a11y/no-redundant-role
    const list = html`<ol part="list" class="list" role="list">
      <slot @slotchange=${this.group.sync}></slot>
    </ol>`;
    return html`${this.group.render({
      term: (key) => this.t.term(key),
      lang: this.t.textLang,
      icon: html`<bf-icon class="icon" .icon=${chevronDownIcon}></bf-icon>`,
    })}
    ${list}`;
  }
}
