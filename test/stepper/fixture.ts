// The five steps of the "Change of address" procedure, as the stepper's tests meet them.
import { fixture, html } from '@open-wc/testing';
import { nothing, type TemplateResult } from 'lit';
import '@belfry/components/stepper';
import type { BfStepper, BfStepperStep } from '@belfry/components';

export const stepNames = [
  'Your details',
  'Your new address',
  'Moving date',
  'Who moves with you',
  'Check and send',
] as const;

/** The statuses of the five steps, with the second one current by default. */
export type Statuses = readonly (string | undefined)[];
export const secondCurrent: Statuses = ['complete', 'current', 'upcoming', 'upcoming', 'upcoming'];

/** The stepper markup, each step with an address (`#step-1` …) unless `hrefs` is false. */
export function fiveSteps(
  statuses: Statuses = secondCurrent,
  { hrefs = true, width }: { hrefs?: boolean; width?: string } = {},
): TemplateResult {
  return html`<div lang="en" style=${width ? `inline-size: ${width}` : nothing}>
    <bf-stepper>
      ${stepNames.map(
        (name, index) =>
          html`<bf-stepper-step
            status=${statuses[index] ?? nothing}
            href=${hrefs ? `#step-${index + 1}` : nothing}
            >${name}</bf-stepper-step
          >`,
      )}
    </bf-stepper>
  </div>`;
}

/** Renders the stepper and waits until it and every step have drawn themselves. */
export async function stepper(markup: TemplateResult = fiveSteps()): Promise<BfStepper> {
  const wrapper = await fixture<HTMLElement>(markup);
  const element =
    wrapper.localName === 'bf-stepper'
      ? (wrapper as BfStepper)
      : wrapper.querySelector('bf-stepper')!;
  await settled(element);
  return element;
}

/** Waits for the stepper and its steps to render what they last learnt. */
export async function settled(element: BfStepper): Promise<void> {
  await element.updateComplete;
  // The stepper reads its steps after a render and a mutation: give both a turn.
  await new Promise((resolve) => setTimeout(resolve));
  await element.updateComplete;
  await Promise.all(element.steps.map((step) => step.updateComplete));
}

export const steps = (element: BfStepper): BfStepperStep[] => element.steps;
export const part = (element: Element, name: string) =>
  element.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
/** The link back of a step, or `null` when the step is not a link. */
export const link = (step: BfStepperStep) =>
  step.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="link"]');
/** What a screen reader reads for a step: its name and its state in words. */
export const readText = (step: BfStepperStep) =>
  `${step.textContent!.trim()} ${step.shadowRoot!.querySelector('.visually-hidden')?.textContent ?? ''}`.trim();
