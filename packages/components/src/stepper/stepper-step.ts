import { html, nothing, type CSSResultGroup, type PropertyDeclarations } from 'lit';
import { BelfryElement, devMode, LocalizeController, safeUrl } from '@belfry/core';
import { stepStyles } from './stepper.styles.js';
import { stepperStrings } from './stepper.strings.js';

/** Where a step stands. */
export const stepStatuses = ['complete', 'current', 'upcoming', 'error', 'skipped'] as const;
export type StepStatus = (typeof stepStatuses)[number];

/** The detail of `bf-step-change`: a citizen chose a step to go back to. */
export interface StepChangeDetail {
  /** The step chosen, from 1. */
  step: number;
  /** Its address, as written in `href`. */
  href: string;
  /** Its name, as the citizen reads it. */
  label: string;
}

declare global {
  interface BelfryEventDetails {
    'bf-step-change': StepChangeDetail;
  }
}

/** `value` as a step status, or `undefined` when it is not one. */
export function toStepStatus(value: unknown): StepStatus | undefined {
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return (stepStatuses as readonly string[]).includes(text) ? (text as StepStatus) : undefined;
}

/** Statuses whose step is a link when it has an `href`: the steps a citizen has been through. */
const linked: ReadonlySet<StepStatus> = new Set(['complete', 'error', 'skipped']);

/**
 * What the mark shows besides the number: an exclamation mark for an answer to correct, a dash
 * for a step not needed. The tick of a step done is drawn in CSS (its `::before`).
 */
const markText: Partial<Record<StepStatus, string>> = { error: '!', skipped: '–' };

/**
 * @summary One step of a `<bf-stepper>`: its name, where it stands, and a link back to it once
 * it is done.
 *
 * @tag bf-stepper-step
 *
 * @slot - The step's name, as plain text: "Your new address". Written in the page, it can be read
 * before and without the script.
 *
 * @csspart marker - The round mark before the name: a tick, the step's number, an exclamation
 * mark or a dash. Hidden from screen readers, which hear the state in words.
 * @csspart link - The link back to a step that is done (or has an answer to correct).
 * @csspart label - The name of a step that is not a link.
 *
 * @cssprop --bf-stepper-marker-size - Width and height of the mark.
 * @cssprop --bf-stepper-done-bg - Fill of the mark of a step that is done, and of the current one.
 * @cssprop --bf-stepper-done-fg - Tick and number on that fill.
 * @cssprop --bf-stepper-upcoming-fg - Number, ring and name of a step still to come.
 * @cssprop --bf-stepper-error-bg - Fill of the mark of a step with an answer to correct.
 * @cssprop --bf-stepper-error-fg - Cross on that fill.
 * @cssprop --bf-stepper-bar - The bar above a step still to come (wide layout).
 * @cssprop --bf-stepper-bar-done - The bar above a step that is done or current (wide layout).
 * @cssprop --bf-stepper-bar-width - Thickness of the bar.
 * @cssprop --bf-stepper-fg - Text colour of the names.
 * @cssprop --bf-stepper-link-fg - Colour of the links back.
 * @cssprop --bf-stepper-link-fg-hover - Their colour under the pointer.
 * @cssprop --bf-stepper-gap - Space between the mark and the name, and between steps.
 *
 * @fires bf-step-change - A citizen followed the link back to this step (`detail`: `step`,
 * `href`, `label`). Cancelable: `preventDefault()` keeps the link from being followed, so that a
 * single-page app shows the step itself.
 */
export class BfStepperStep extends BelfryElement {
  static override styles: CSSResultGroup = [BelfryElement.styles, stepStyles];
  static override properties: PropertyDeclarations = {
    ...BelfryElement.properties,
    status: { reflect: true },
    href: { reflect: true },
    position: { state: true },
    shownStatus: { state: true },
  };

  /**
   * Where the step stands: `complete`, `current`, `upcoming` (default), `error` (an answer to
   * correct) or `skipped` (does not apply). Reflected, so that the stepper sees every change.
   */
  status: StepStatus = 'upcoming';

  /**
   * The address of the step's page. Used only once the citizen has been there (`complete`,
   * `error`, `skipped`): the current step and steps still to come are never links.
   */
  href = '';

  /** @internal The step's number, from 1; set by its stepper. 0 until then. */
  position = 0;

  /**
   * @internal The status shown, which the stepper decides (a second `current` step is shown as
   * `upcoming`, for instance). Until then, the step's own `status`, made safe.
   */
  shownStatus: StepStatus | undefined;

  private readonly t = new LocalizeController(this, stepperStrings);

  /** The status in effect: what the stepper decided, else the step's own, else `upcoming`. */
  get effectiveStatus(): StepStatus {
    return this.shownStatus ?? toStepStatus(this.status) ?? 'upcoming';
  }

  /** The step's name as read: its text, with the spaces of the markup folded. */
  get label(): string {
    return (this.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  protected override willUpdate(): void {
    if (devMode && toStepStatus(this.status) === undefined) {
      this.warn(
        `status:${String(this.status)}`,
        `status="${String(this.status)}" is not complete, current, upcoming, error or skipped; the step is shown as upcoming.`,
      );
    }
    // The stepper's list holds the steps through its slot: each is one of its items, so that
    // "list, 5 items" is read, and the step's number. On the host, in the HTML a server sends
    // too (a server render runs willUpdate, not connectedCallback).
    if (!this.hasAttribute('role')) this.setAttribute('role', 'listitem');
    // On the list item too: the whole step is the current one.
    if (this.effectiveStatus === 'current') this.setAttribute('aria-current', 'step');
    else this.removeAttribute('aria-current');
  }

  protected override render() {
    const state = this.effectiveStatus;
    const href = linked.has(state) && this.href ? safeUrl(this.href) : undefined;
    const mark = state === 'complete' ? '' : (markText[state] ?? (this.position || ''));
    const text = html`<slot></slot>${
        state === 'current'
          ? nothing
          : html`<span class="visually-hidden" lang=${this.t.textLang ?? nothing}
              >(${this.t.term(state)})</span
            >`
      }`;
    return html`<span class="step step--${state}"
      ><span part="marker" class="marker" aria-hidden="true">${mark}</span>${
        href
          ? html`<a
              part="link"
              class="label link focus-ring"
              href=${href}
              @click=${this.handleClick}
              >${text}</a
            >`
          : html`<span part="label" class="label">${text}</span>`
      }</span
    >`;
  }

  private readonly handleClick = (event: MouseEvent): void => {
    // A click that opens a new tab or window is the browser's.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
      return;
    }
    const link = event.currentTarget as HTMLAnchorElement;
    const detail = {
      step: this.position,
      href: link.getAttribute('href') ?? '',
      label: this.label,
    };
    if (!this.emit('bf-step-change', detail, { cancelable: true })) event.preventDefault();
  };
}
