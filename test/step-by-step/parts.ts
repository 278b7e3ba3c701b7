// Shared by the step-by-step tests: its parts, and a small life event in English.
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '@belfry/components/step-by-step';
import type { BfStepByStep, BfStepByStepItem } from '@belfry/components';

export const button = (item: BfStepByStepItem) =>
  item.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
export const panel = (item: BfStepByStepItem) =>
  item.shadowRoot!.querySelector<HTMLElement>('[part="content"]')!;
export const heading = (item: BfStepByStepItem) =>
  item.shadowRoot!.querySelector<HTMLElement>('[part="heading"]')!;
export const marker = (item: BfStepByStepItem) =>
  item.shadowRoot!.querySelector<HTMLElement>('[part="marker"]')!;
export const status = (item: BfStepByStepItem) =>
  item.shadowRoot!.querySelector<HTMLElement>('[part="status"]');
export const toggleAll = (list: BfStepByStep) =>
  list.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle-all"]')!;

/** What a step's circle holds: "Step 1" (the word hidden), or "or" / "and". */
export const shownNumber = (item: BfStepByStepItem) =>
  marker(item).textContent!.replace(/\s+/g, ' ').trim();

/** Whether the citizen sees the step's text: the browser renders it and its panel takes room. */
export const shown = (item: BfStepByStepItem) =>
  item.querySelector('p')!.checkVisibility() && panel(item).getBoundingClientRect().height > 0;

/** Four steps: the second optional, the fourth an "or" to the third. */
export function movingHouse(attributes: { remember?: string; level?: number } = {}) {
  return html`<bf-step-by-step
    remember=${attributes.remember ?? ''}
    heading-level=${attributes.level ?? 2}
  >
    <bf-step-by-step-item id="address" heading="Change your address" status="done"
      ><p>Go to the town hall within 8 working days.</p></bf-step-by-step-item
    >
    <bf-step-by-step-item id="employer" heading="Tell your employer" optional status="not-started"
      ><p>Send your new address to your employer’s HR service.</p></bf-step-by-step-item
    >
    <bf-step-by-step-item id="vehicle" heading="Change your vehicle registration" open
      ><p>The DIV updates your registration certificate.</p></bf-step-by-step-item
    >
    <bf-step-by-step-item id="vehicle-new" heading="Register a new vehicle" logic="or"
      ><p>Ask your insurer to register the vehicle.</p></bf-step-by-step-item
    >
  </bf-step-by-step>`;
}

/** The list once every step has rendered. */
export async function steps(
  markup: TemplateResult = movingHouse(),
): Promise<[BfStepByStep, BfStepByStepItem[]]> {
  const element = await fixture<BfStepByStep>(markup);
  const items = [...element.querySelectorAll('bf-step-by-step-item')];
  await Promise.all(items.map((item) => item.updateComplete));
  await element.updateComplete;
  // The kept open states are read after the first render.
  await Promise.all(items.map((item) => item.updateComplete));
  await element.updateComplete;
  return [element, items];
}
