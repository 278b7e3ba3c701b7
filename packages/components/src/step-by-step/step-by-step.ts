import {
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import { BelfryElement, devMode, forgetOpen, headingLevel, LocalizeController } from '@belfry/core';
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
  static override styles: CSSResultGroup = [BelfryElement.styles, stepByStepStyles];
  static override dependencies = { 'bf-step-by-step-item': BfStepByStepItem, 'bf-icon': BfIcon };
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level', reflect: true },
    remember: { reflect: true },
    variant: { reflect: true },
    allOpen: { state: true },
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

  /** Whether every step is open: the button then offers to hide them all. */
  private allOpen = false;

  constructor() {
    super();
    this.addEventListener('bf-step-by-step-toggle', this.sync);
  }

  /** The steps, in order. */
  get items(): BfStepByStepItem[] {
    return [...this.children].filter(
      (child): child is BfStepByStepItem => child instanceof BfStepByStepItem,
    );
  }

  /** Opens every step. */
  showAll(): void {
    for (const item of this.items) item.setOpenFromList(true);
  }

  /** Closes every step. */
  hideAll(): void {
    for (const item of this.items) item.setOpenFromList(false);
  }

  /** Forgets which steps the citizen opened in this tab (see `remember`). */
  forgetOpenSteps(): void {
    const group = this.remember?.trim() || this.id;
    if (group) forgetOpen(group);
  }

  protected override firstUpdated(): void {
    // Steps written with `open` are open from the start, before any toggle event. Read after
    // the first render, which must repeat a server's (it cannot see the steps) to hydrate.
    this.sync();
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
    const allOpen = this.allOpen;
    // The steps are slotted: each one is a list item (its ElementInternals role), which the
    // accessibility tree places straight under this list (test/step-by-step/a11y-tree). The
    // role is repeated because Safari drops the list role of a list without markers.
    // eslint-disable-next-line lit-a11y/list, lit-a11y/no-redundant-role
    const list = html`<ol part="list" class="list" role="list">
      <slot @slotchange=${this.sync}></slot>
    </ol>`;
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
      ${list}`;
  }

  /**
   * Numbers the steps ("and" / "or" steps share the number before them), and the button
   * follows them: "Hide all steps" once every one is open.
   */
  private readonly sync = (): void => {
    const items = this.items;
    let number = 0;
    for (const item of items) {
      if (!item.validLogic) number += 1;
      item.stepNumber = number;
    }
    this.allOpen = items.length > 0 && items.every((item) => item.open);
  };
}
