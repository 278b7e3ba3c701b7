// The "Change of address" procedure in five steps (stories/patterns/change-of-address/
// procedure.ts): a citizen answers step 1, goes on to step 2 and starts answering it; then the
// page is loaded again. A reload leaves nothing but the tab's sessionStorage, so here the
// procedure is removed from the page and drawn again from scratch: every answer comes back, in
// both steps, and the stepper is on step 2.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { BfDateField, BfDraft, BfStepper, BfTextField } from '@belfry/components';
import {
  procedure,
  procedureSteps,
  stepStorageName,
  type ProcedureTexts,
} from '../../stories/patterns/change-of-address/procedure.js';

const texts = (await (
  await fetch(new URL('../../stories/patterns/change-of-address/text.json', import.meta.url))
).json()) as ProcedureTexts;

/** Types `value` into a native control as a citizen does: the value, then its events. */
function type(control: HTMLInputElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

function forget(): void {
  sessionStorage.removeItem(stepStorageName);
  for (const step of procedureSteps) {
    if (step.draft) sessionStorage.removeItem(`belfry-draft:${step.draft}`);
  }
}

/** Opens the procedure (again) in Dutch and waits until its drafts have put their answers back. */
async function open(): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(html`<div></div>`);
  procedure(root, 'nl', texts);
  const drafts = [...root.querySelectorAll<BfDraft>('bf-draft')];
  await Promise.all(drafts.map((draft) => draft.ready));
  const stepper = root.querySelector<BfStepper>('bf-stepper')!;
  await waitUntil(() => stepper.currentStep > 0, 'the stepper did not count its steps');
  return root;
}

const stepperOf = (root: HTMLElement) => root.querySelector<BfStepper>('bf-stepper')!;
const formOf = (root: HTMLElement, step: number) =>
  root.querySelector<HTMLFormElement>(`#change-of-address-${step}`)!;
const field = <T extends HTMLElement>(root: HTMLElement, step: number, name: string) =>
  formOf(root, step).querySelector<T>(`[name="${name}"]:not(input)`)!;
const control = (root: HTMLElement, step: number, name: string) =>
  formOf(root, step).querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
/** Whether the citizen sees `element`. */
const shown = (element: Element) => element.checkVisibility();

/** A moving date a month ahead: within the 3 months the form allows. */
function nextMonth(): [string, string, string] {
  const date = new Date();
  date.setDate(1);
  date.setMonth(date.getMonth() + 1);
  return [String(date.getDate()), String(date.getMonth() + 1), String(date.getFullYear())];
}

describe('Change of address in five steps: reloading mid-way', () => {
  beforeEach(forget);
  afterEach(forget);

  it('puts every answer back, and the stepper on the step the citizen had reached', async () => {
    const first = await open();
    expect(stepperOf(first).currentStep).to.equal(1);
    expect(first.querySelector('h1')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Stap 1 van 5 Uw nieuwe adres',
    );

    // Step 1: the new address.
    type(control(first, 1, 'street'), 'Kerkstraat');
    type(control(first, 1, 'number'), '12');
    type(control(first, 1, 'postcode'), '1000');
    type(control(first, 1, 'municipality'), 'Brussel');
    formOf(first, 1).requestSubmit();
    await waitUntil(() => stepperOf(first).currentStep === 2, 'Continue did not go to step 2');
    expect(shown(formOf(first, 2))).to.equal(true);
    expect(shown(formOf(first, 1))).to.equal(false);

    // Step 2: the moving date, typed but not sent yet.
    const [day, month, year] = nextMonth();
    const boxes = [
      ...field<BfDateField>(first, 2, 'moving-date').querySelectorAll<HTMLInputElement>(
        'input:not([type="hidden"])',
      ),
    ];
    type(boxes[0]!, day);
    type(boxes[1]!, month);
    type(boxes[2]!, year);
    const typedDate = field<BfDateField>(first, 2, 'moving-date').value;
    expect(typedDate).to.match(/^\d{4}-\d{2}-01$/);

    // The page goes: what was typed since the last save is kept as it goes.
    first.remove();
    const second = await open();

    const stepper = stepperOf(second);
    expect(stepper.currentStep).to.equal(2);
    expect(stepper.steps.map((step) => step.getAttribute('aria-current'))).to.deep.equal([
      null,
      'step',
      null,
      null,
      null,
    ]);
    expect(second.querySelector('h1')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Stap 2 van 5 Verhuisdatum',
    );
    expect(shown(formOf(second, 2))).to.equal(true);
    expect(field<BfDateField>(second, 2, 'moving-date').value).to.equal(typedDate);
    // Step 2's draft says so, with its "Start again" button.
    const notice = second
      .querySelector<BfDraft>('#change-of-address-2')!
      .closest('bf-draft')!
      .shadowRoot!.querySelector('[part="message"]')!;
    expect(notice.textContent).to.match(/We hebben uw antwoorden van .* teruggezet/);

    // Step 1's answers are back too: the link back shows them.
    expect(field<BfTextField>(second, 1, 'street').value).to.equal('Kerkstraat');
    expect(field<BfTextField>(second, 1, 'postcode').value).to.equal('1000');
    const back = stepper.steps[0]!.shadowRoot!.querySelector('a')!;
    back.click();
    await waitUntil(() => stepper.currentStep === 1, 'the link back did not go to step 1');
    expect(shown(formOf(second, 1))).to.equal(true);
    expect(control(second, 1, 'municipality').value).to.equal('Brussel');
  });

  it('forgets the answers and the step once the citizen sends them', async () => {
    const first = await open();
    type(control(first, 1, 'street'), 'Kerkstraat');
    expect(first.querySelector<BfDraft>('bf-draft')!.save()).to.equal(true);
    first.remove();
    // The citizen had reached "Check your answers".
    sessionStorage.setItem(stepStorageName, '5');
    const second = await open();
    expect(stepperOf(second).currentStep).to.equal(5);
    // "Check your answers" shows the answers once the drafts have put them back.
    await waitUntil(
      () => second.querySelector('bf-summary-list')?.textContent?.includes('Kerkstraat'),
      'the summary does not show the kept answer',
    );
    const send = [...second.querySelectorAll('bf-button')].find(
      (button) => button.textContent!.trim() === 'Adreswijziging versturen',
    )!;
    send.click();
    await waitUntil(() => second.querySelector('h1')!.textContent!.includes('verstuurd'));
    expect(sessionStorage.getItem(stepStorageName)).to.equal(null);
    second.remove();
    const third = await open();
    expect(stepperOf(third).currentStep).to.equal(1);
    expect(field<BfTextField>(third, 1, 'street').value).to.equal('');
  });
});
