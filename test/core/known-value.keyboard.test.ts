// Keyboard: a known value and the presets as a keyboard user meets them. This file runs one page
// at a time (its name ends in keyboard.test.ts).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { press, pressAndExpectFocus } from '../helpers/keyboard.js';
import { settle } from '../helpers/locales.js';
import type { TestKnownField } from './known-value-field.js';
import './known-value-field.js';

async function page(fieldAttributes: string): Promise<{
  form: HTMLFormElement;
  before: HTMLButtonElement;
  field: TestKnownField;
  after: HTMLButtonElement;
}> {
  const form = await fixture<HTMLFormElement>(html`<form lang="en" action="#"></form>`);
  form.innerHTML = `<button type="button" id="before">Before</button>
    <test-known-field name="street" label="Street" ${fieldAttributes}></test-known-field>
    <button id="after">Send</button>`;
  const field = form.querySelector('test-known-field')!;
  await field.updateComplete;
  await settle();
  return {
    form,
    before: form.querySelector<HTMLButtonElement>('#before')!,
    field,
    after: form.querySelector<HTMLButtonElement>('#after')!,
  };
}

const correct = (field: Element) =>
  field.querySelector<HTMLButtonElement>('[data-bf-field="correct"]')!;

describe('a known value with the keyboard', () => {
  for (const key of ['Enter', ' '] as const) {
    it(`Tab reaches "This is not correct" (not the hidden control); ${key === ' ' ? 'Space' : key} opens the field and types on in it`, async () => {
      const { before, field, after, form } = await page(
        'value="Wetstraat 16" source="national-register"',
      );
      before.focus();
      await pressAndExpectFocus('Tab', correct(field));
      await pressAndExpectFocus('Tab', after);
      await pressAndExpectFocus('Shift+Tab', correct(field));
      await press(key);
      await field.updateComplete;
      expect(document.activeElement, 'focus moved into the field').to.equal(field.control);
      await sendKeys({ type: 'a' });
      expect(field.value).to.equal('Wetstraat 16a');
      await pressAndExpectFocus('Tab', after);
      await pressAndExpectFocus('Shift+Tab', field.control!);
      const data = new FormData(form);
      expect(data.get('street')).to.equal('Wetstraat 16a');
      expect(data.get('street-corrected')).to.equal('true');
    });
  }

  it('submits with Enter in the opened field, with the flag', async () => {
    const { form, field } = await page('value="Wetstraat 16" source="national-register"');
    let data: FormData | undefined;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      data = new FormData(form);
    });
    correct(field).focus();
    await press('Enter');
    await field.updateComplete;
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '8' });
    await press('Enter');
    await settle();
    expect(data?.get('street')).to.equal('Wetstraat 18');
    expect(data?.get('street-corrected')).to.equal('true');
  });
});

describe('a preset while typing', () => {
  it('groups a national register number as it is typed', async () => {
    const { field } = await page('preset="nrn"');
    field.control!.focus();
    await sendKeys({ type: '85073003328' });
    expect(field.value).to.equal('85.07.30-033.28');
    expect(field.control!.selectionStart).to.equal(15);
    expect(field.validity?.valid).to.equal(true);
  });

  it('keeps the caret after a digit typed or deleted in the middle', async () => {
    const { field } = await page('preset="nrn"');
    const control = field.control!;
    control.focus();
    await sendKeys({ type: '8507300332' });
    expect(field.value).to.equal('85.07.30-033.2');
    // The caret after "85.0": a forgotten 7 goes in there, and the caret stays after it.
    control.setSelectionRange(4, 4);
    await sendKeys({ type: '7' });
    expect(control.value).to.equal('85.07.73-003.32');
    expect(control.selectionStart).to.equal(5);
    await sendKeys({ press: 'Backspace' });
    expect(control.value).to.equal('85.07.30-033.2');
    expect(control.selectionStart).to.equal(4);
  });

  it('writes an IBAN in groups of four, in capitals', async () => {
    const { field } = await page('preset="iban"');
    field.control!.focus();
    await sendKeys({ type: 'be68539007547034' });
    expect(field.value).to.equal('BE68 5390 0754 7034');
    expect(field.validity?.valid).to.equal(true);
  });

  it('shows the error only after a submit attempt, then follows the typing', async () => {
    const { field, form } = await page('preset="postcode"');
    form.addEventListener('submit', (event) => event.preventDefault());
    const error = () => field.querySelector('[data-bf-field="error"]');
    field.control!.focus();
    await sendKeys({ type: '099' });
    await press('Tab');
    expect(error(), 'no error while typing the first time').to.equal(null);
    field.control!.focus();
    await press('Enter');
    await settle();
    expect(error()?.textContent).to.contain('4 digits');
    await sendKeys({ type: '9' });
    expect(error()?.textContent).to.contain('0999 is not a Belgian postal code');
    await press('Control+a');
    await sendKeys({ type: '1000' });
    expect(error(), 'fixed: the error goes').to.equal(null);
    expect(field.value).to.equal('1000');
  });
});
