import { html, nothing, type CSSResultGroup, type PropertyDeclarations } from 'lit';
import {
  announce,
  BelfryElement,
  devMode,
  DisclosureController,
  LocalizeController,
  resolveLocale,
  translate,
} from '@belfry/core';
import { BfStepperStep, toStepStatus, type StepStatus } from './stepper-step.js';
import { stepperStyles } from './stepper.styles.js';
import { stepperStrings } from './stepper.strings.js';

/**
 * "Step 2 of 5" in the language of `lang` (a BCP 47 tag such as `fr-BE`; Belfry's languages
 * only, else English), for the page's heading where no stepper is at hand: on a server, or
 * before the stepper has upgraded. Text registered with `registerStrings` for `bf-stepper` is
 * used. In the browser, `stepper.stepLabel` gives the same text.
 */
export function formatStepLabel(current: number, total: number, lang: string): string {
  return translate(stepperStrings, resolveLocale(lang), 'status', { current, total });
}

/**
 * The status each step is shown with, made safe: exactly one current step. Without one, the
 * first step that is not done (else the last) is current; after the first, another current
 * step is shown as still to come; an unknown status as still to come.
 */
export function shownStatuses(statuses: readonly unknown[]): StepStatus[] {
  const shown = statuses.map((status) => toStepStatus(status) ?? 'upcoming');
  const first = shown.indexOf('current');
  if (first === -1) {
    const open = shown.findIndex((status) => status !== 'complete' && status !== 'skipped');
    const index = open === -1 ? shown.length - 1 : open;
    if (index >= 0) shown[index] = 'current';
    return shown;
  }
  return shown.map((status, index) =>
    status === 'current' && index !== first ? 'upcoming' : status,
  );
}

/**
 * @summary Shows citizens where they are in a procedure of several pages: "Step 2 of 5", the
 * steps done (links back), the current one and those still to come. On a small screen it folds
 * into "Step 2 of 5: Your new address" with a button that shows every step.
 *
 * @tag bf-stepper
 *
 * @slot - The steps: `<bf-stepper-step>` elements, in order.
 *
 * @csspart status - "Step 2 of 5", above the steps on a wide screen.
 * @csspart toggle - On a small screen, the button "Step 2 of 5: Your new address" that shows
 * and hides the steps.
 * @csspart panel - The box around the list of steps.
 * @csspart list - The ordered list of steps.
 *
 * @cssprop --bf-stepper-fg - Text colour.
 * @cssprop --bf-stepper-gap - Space between the steps.
 * @cssprop --bf-stepper-margin - Space below the stepper.
 * @cssprop --bf-stepper-toggle-bg - Background of the small-screen button.
 * @cssprop --bf-stepper-toggle-fg - Text colour of the small-screen button.
 * @cssprop --bf-stepper-toggle-border - Border of the small-screen button.
 *
 * @fires bf-step-change - A citizen followed a link back to a step (fired by the step, it
 * bubbles). Cancelable: `preventDefault()` keeps the link from being followed.
 */
export class BfStepper extends BelfryElement {
  static override styles: CSSResultGroup = [BelfryElement.styles, stepperStyles];
  static override dependencies = { 'bf-stepper-step': BfStepperStep };
  static override properties: PropertyDeclarations = {
    ...BelfryElement.properties,
    open: { type: Boolean, reflect: true, useDefault: true },
    current: { state: true },
    total: { state: true },
    currentLabel: { state: true },
  };

  /** On a small screen: whether the list of steps is shown under the button. */
  open = false;

  /** The current step, from 1; 0 until the steps are read (and on a server). */
  private current = 0;
  private total = 0;
  private currentLabel = '';

  private readonly t = new LocalizeController(this, stepperStrings);
  private readonly disclosure = new DisclosureController(this);
  private readonly internals = this.attachInternals();
  private observer: MutationObserver | undefined;

  /** The steps, in order. */
  get steps(): BfStepperStep[] {
    return [...this.children].filter(
      (child): child is BfStepperStep => child instanceof BfStepperStep,
    );
  }

  /** The number of the current step, from 1 (0 when there is no step). */
  get currentStep(): number {
    return this.current;
  }

  /**
   * "Step 2 of 5" in the stepper's language, for the page's heading:
   * `<h1><span>Step 2 of 5</span> Your new address</h1>`. Empty when there is no step.
   */
  get stepLabel(): string {
    return this.total ? this.t.term('status', { current: this.current, total: this.total }) : '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The list folds behind its button only once the script runs (`:state(enhanced)`): without
    // it the button could do nothing, so every step stays shown, as the server sent it.
    try {
      this.internals.states.add('enhanced');
    } catch {
      // A browser without custom states: the steps stay shown.
    }
    // A step's status, address or name changes (a single-page app moving on, a new language).
    this.observer ??= new MutationObserver(this.sync);
    this.observer.observe(this, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['status', 'href'],
    });
    if (this.hasUpdated) this.sync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  protected override firstUpdated(): void {
    // Read after the first render, which must repeat a server's (it cannot see the steps).
    this.sync();
  }

  protected override render() {
    const { current, total } = this;
    const status = total ? this.t.term('status', { current, total }) : '';
    const summary = total
      ? this.t.term('summary', { current, total, step: this.currentLabel })
      : '';
    const lang = this.t.textLang ?? nothing;
    // The steps are slotted: each one is a list item (role="listitem" on its host), which the
    // accessibility tree places straight under this <ol> (test/stepper/a11y-tree). `role="list"`
    // because without its numbers (list-style: none) WebKit no longer calls it a list.
    // eslint-disable-next-line lit-a11y/list, lit-a11y/no-redundant-role
    const list = html`<ol
      part="list"
      class="list"
      role="list"
      aria-label=${this.t.term('label')}
      lang=${lang}
    >
      <slot @slotchange=${this.sync}></slot>
    </ol>`;
    return html`<p part="status" class="status" lang=${lang}>${status}</p>
      <button
        part="toggle"
        class="toggle focus-ring"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel"
        lang=${lang}
        @click=${() => this.disclosure.toggle()}
      >
        <span class="summary">${summary}</span>
      </button>
      <div
        part="panel"
        class="panel"
        id="panel"
        hidden=${this.disclosure.hidden}
        @beforematch=${this.disclosure.reveal}
      >
        ${list}
      </div>`;
  }

  /** Reads the steps: numbers them, decides each one's status, and says when the current moves. */
  private readonly sync = (): void => {
    const steps = this.steps;
    const shown = shownStatuses(steps.map((step) => step.status));
    if (devMode) this.check(steps.map((step) => step.status));
    steps.forEach((step, index) => {
      step.position = index + 1;
      step.shownStatus = shown[index];
    });
    const index = shown.indexOf('current');
    const before = this.current;
    const label = steps[index]?.label ?? '';
    this.current = index + 1;
    this.total = steps.length;
    this.currentLabel = label;
    // Only a move is news: the page a citizen opens says where they are by its heading.
    if (before && before !== this.current) {
      // On a small screen the list folds again: its button now names the new step.
      this.open = false;
      const summary = this.t.term('summary', {
        current: this.current,
        total: this.total,
        step: label,
      });
      void announce(summary, { lang: this.t.textLang ?? (this.t.lang || undefined) });
    }
  };

  /** Development warnings for steps that do not say where the citizen is. */
  private check(statuses: readonly unknown[]): void {
    const currents = statuses.filter((status) => toStepStatus(status) === 'current').length;
    if (!statuses.length) {
      this.warn('empty', 'has no <bf-stepper-step> children: there are no steps to show.');
    } else if (currents === 0) {
      this.warn(
        'no-current',
        'has no step with status="current"; the first step that is not complete is shown as current.',
      );
    } else if (currents > 1) {
      this.warn(
        'two-current',
        'has more than one step with status="current"; only the first is shown as current.',
      );
    }
  }
}
