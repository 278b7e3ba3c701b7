import {
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import {
  BelfryElement,
  DisclosureController,
  LocalizeController,
  containerHeadingLevel,
  devMode,
  headingLevel,
  renderHeading,
  servedHeadingLevel,
  type DisclosureMemoryKey,
  type DisclosureSource,
  type HeadingLevel,
  disclosureStyles,
} from '@belfry/core';
import { BfIcon } from '../icon/icon.js';
import { checkIcon, chevronDownIcon, clockIcon, minusIcon, warningIcon } from '../icon/icons.js';
import type { IconDefinition } from '../icon/registry.js';
import { BfTag, type TagVariant } from '../tag/tag.js';
import { itemStyles } from './step-by-step.styles.js';
import { stepByStepStrings, type StepByStepStrings } from './step-by-step.strings.js';

/** How a step relates to the one before it: done as well (`and`) or instead (`or`). */
export const stepLogics = ['and', 'or'] as const;
export type StepLogic = (typeof stepLogics)[number];

/** Where a signed-in citizen stands with a step. */
export const stepStatuses = ['not-started', 'in-progress', 'done', 'action-needed'] as const;
export type StepStatus = (typeof stepStatuses)[number];

/** Each status in words, a tag colour and a drawing of its own: never colour alone. */
const statusLook: Record<
  StepStatus,
  { text: keyof StepByStepStrings; variant: TagVariant; icon: IconDefinition }
> = {
  'not-started': { text: 'notStarted', variant: 'neutral', icon: minusIcon },
  'in-progress': { text: 'inProgress', variant: 'info', icon: clockIcon },
  done: { text: 'done', variant: 'success', icon: checkIcon },
  'action-needed': { text: 'actionNeeded', variant: 'warning', icon: warningIcon },
};

/** The detail of `bf-step-by-step-toggle`. */
export interface StepByStepToggleDetail {
  /** Whether the step is open now. */
  open: boolean;
  /**
   * What opened or closed it: `user` (its heading), `all` ("Show all steps"), `find` (the
   * browser's find-in-page found text in it), `memory` (the citizen had left it so earlier in
   * this tab) or `script` (the `open` property or attribute).
   */
  source: DisclosureSource;
}

declare global {
  interface BelfryEventDetails {
    'bf-step-by-step-toggle': StepByStepToggleDetail;
  }
}

/**
 * @summary One step of a `<bf-step-by-step>`: a numbered heading that shows and hides what the
 * citizen must do, with an optional status.
 *
 * @tag bf-step-by-step-item
 *
 * @slot - What the step involves: paragraphs, links, costs, time needed, who does it. Written in
 * the page, it can be read before and without the script, and is printed.
 *
 * @csspart heading - The heading (`<h2>` to `<h6>`) that holds the button.
 * @csspart button - The button that shows and hides the content: number, heading and arrow.
 * @csspart marker - The circle with the step's number, or the word "and" / "or".
 * @csspart status - The line under the heading with the step's status.
 * @csspart content - The box around the content.
 *
 * @cssprop --bf-step-by-step-button-fg - Colour of the heading's text.
 * @cssprop --bf-step-by-step-button-bg-hover - Background of the heading under the pointer.
 * @cssprop --bf-step-by-step-heading-size - Text size of the heading.
 * @cssprop --bf-step-by-step-marker-size - Width and height of the number's circle.
 * @cssprop --bf-step-by-step-marker-fg - Colour of the number and of "and" / "or".
 * @cssprop --bf-step-by-step-marker-bg - Inside of the number's circle.
 * @cssprop --bf-step-by-step-line - Colour of the circles and of the line that joins them.
 * @cssprop --bf-step-by-step-line-width - Width of the circles and of the line.
 * @cssprop --bf-step-by-step-gap - Space between the number column and the heading.
 * @cssprop --bf-step-by-step-panel-padding - Space below an open step's content.
 *
 * @fires bf-step-by-step-toggle - After the step opened or closed, with `{ open, source }`.
 */
export class BfStepByStepItem extends BelfryElement {
  static override styles: CSSResultGroup = [BelfryElement.styles, disclosureStyles, itemStyles];
  static override dependencies = { 'bf-icon': BfIcon, 'bf-tag': BfTag };
  static override properties: PropertyDeclarations = {
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    open: { type: Boolean, reflect: true, useDefault: true },
    logic: {},
    optional: { type: Boolean },
    status: {},
    stepNumber: { attribute: false },
  };

  /** The step's heading, which says what to do: also the text of its button. Plain text. */
  heading = '';

  /**
   * The level of the heading, 2 to 6: the level that fits the page's outline. Without it, the
   * `heading-level` of the surrounding `<bf-step-by-step>`, else 2.
   */
  headingLevel?: string | number | undefined;

  /** Whether the content is shown. Reflected as the `open` attribute. */
  open = false;

  /**
   * `and`: the citizen does this step as well as the one before it; `or`: instead of it. The
   * step then shows that word instead of a number and shares the number of the step before it.
   * Anything else numbers the step (with a development warning).
   */
  logic?: string;

  /** The citizen may skip this step: "(optional)" follows the heading. */
  optional = false;

  /**
   * Where the signed-in citizen stands: `not-started`, `in-progress`, `done` or
   * `action-needed`, shown in words with an icon under the heading. Empty (the default) for
   * pages that do not know the citizen.
   */
  status?: string;

  /**
   * @internal The step's number, counted by its `<bf-step-by-step>` ("and" / "or" steps share
   * the one before them). Until the list has counted (on a server, before the script runs) a
   * CSS counter draws the same number.
   */
  stepNumber?: number;

  private readonly t = new LocalizeController(this, stepByStepStrings);
  private readonly internals = this.attachInternals();

  private readonly disclosure = new DisclosureController(this, {
    onChange: (open, source) => this.emit('bf-step-by-step-toggle', { open, source }),
    remember: () => this.memoryKey,
  });

  /** The level a server rendered, kept while hydrating: see `level`. */
  private serverLevel: HeadingLevel | undefined;

  constructor() {
    super();
    // A list item of the list its <bf-step-by-step> renders around it (a server renders the
    // role as an attribute too, so the list holds before the script runs).
    this.internals.role = 'listitem';
  }

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

  /** @internal Opens or closes the step for "Show all steps", reported as `all`. */
  setOpenFromList(open: boolean): void {
    this.disclosure.toggle(open, 'all');
  }

  /**
   * Where the open state is kept for the tab: the list's `remember` (else its `id`) and the
   * step's `id` (else its position). Without either on the list, nothing is kept.
   */
  private get memoryKey(): DisclosureMemoryKey | undefined {
    const list = this.closest('bf-step-by-step');
    const group = list?.getAttribute('remember')?.trim() || list?.id;
    if (!list || !group) return undefined;
    const position = [...list.children]
      .filter((child) => child.localName === this.localName)
      .indexOf(this);
    return { group, id: this.id || `step-${position + 1}` };
  }

  /** @internal `and` or `or` when the step shares the number of the step before it. */
  get validLogic(): StepLogic | undefined {
    return stepLogics.find((logic) => logic === this.logic);
  }

  private get validStatus(): StepStatus | undefined {
    return stepStatuses.find((status) => status === this.status);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!devMode) return;
    if ((changed.has('heading') || !this.hasUpdated) && !this.heading.trim()) {
      this.warn('heading', 'has no heading: the step cannot be found or opened by name.');
    }
    if (changed.has('logic') && this.logic && !this.validLogic) {
      this.warn(
        `logic:${this.logic}`,
        `logic="${this.logic}" is not "and" or "or"; the step gets a number of its own.`,
      );
    }
    if (changed.has('status') && this.status && !this.validStatus) {
      this.warn(
        `status:${this.status}`,
        `status="${this.status}" is unknown, so no status is shown. Use not-started, in-progress, done or action-needed.`,
      );
    }
  }

  /**
   * The heading's level: its own `heading-level`, else its list's, else 2. A server cannot see
   * the list around a step, so it renders level 2 where the step has no level of its own; the
   * browser keeps what the server rendered rather than break the page's hydration.
   */
  private get level(): HeadingLevel {
    const inherited = containerHeadingLevel(this, 'bf-step-by-step');
    const own = this.headingLevel;
    if (own !== undefined && own !== null && own !== '') {
      return headingLevel(own, inherited ?? 2, this.localName);
    }
    return this.serverLevel ?? inherited ?? 2;
  }

  protected override render() {
    const logic = this.validLogic;
    const status = this.validStatus;
    const look = status ? statusLook[status] : undefined;
    const lang = this.t.textLang ?? nothing;
    // The number is read once, after the hidden word "Step"; the list draws no markers. Until
    // the list has counted, a CSS counter draws it (screen readers then have the list's
    // positions).
    const number = this.stepNumber;
    const marker = logic
      ? html`<span part="marker" class="marker logic" lang=${lang}>${this.t.term(logic)}</span>`
      : html`<span part="marker" class="marker ${number ? 'number' : 'number counted'}"
          ><span class="visually-hidden" lang=${lang}>${this.t.term('step')} </span>${
            number ?? nothing
          }</span
        >`;
    const button = html`<button
      part="button"
      class="button focus-ring"
      id="button"
      type="button"
      aria-expanded=${this.open ? 'true' : 'false'}
      aria-controls="panel"
      aria-describedby=${look ? 'status' : nothing}
      @click=${() => this.disclosure.toggle()}
    >
      ${marker}
      <span class="text"
        >${
          // One text with the heading: screen readers' names join separate elements without
          // the space between them.
          this.optional ? `${this.heading} ${this.t.term('optional')}` : this.heading
        }</span
      ><bf-icon class="icon" .icon=${chevronDownIcon}></bf-icon>
    </button>`;
    return html`<div class="step">
      ${renderHeading(this.level, button, { part: 'heading', className: 'heading' })}
      ${
        look
          ? html`<p part="status" class="status" id="status" lang=${lang}>
              <span class="visually-hidden">${this.t.term('status')} </span
              ><bf-tag variant=${look.variant}
                ><bf-icon size="small" .icon=${look.icon}></bf-icon
                >${this.t.term(look.text)}</bf-tag
              >
            </p>`
          : nothing
      }
      <div
        part="content"
        class="panel"
        id="panel"
        hidden=${this.disclosure.hidden}
        @beforematch=${this.disclosure.reveal}
      >
        <div class="inner"><slot></slot></div>
      </div>
    </div>`;
  }
}
