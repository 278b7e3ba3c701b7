// Keyboard and focus: this file runs one page at a time (its name ends in keyboard.test.ts), so
// that the page has focus while keys are pressed.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@belfry/components/date-field';
import '@belfry/components/button';
import type { BfDateField } from '@belfry/components';
import { expectKeyActivation, expectTabOrder, formSubmission, press } from '../helpers/keyboard.js';
import { runFormControlKeyboardTests } from '../helpers/form-control.js';
import { settle } from '../helpers/locales.js';
import { box, dateFieldFixture } from './fixture.js';

const errorOf = (field: BfDateField) =>
  field.querySelector(':scope > [slot="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function form(template: unknown): Promise<{ form: HTMLFormElement; field: BfDateField }> {
  const element = await fixture<HTMLFormElement>(
    html`<form lang="en" action="#">${template}</form>`,
  );
  const field = element.querySelector('bf-date-field')!;
  await field.updateComplete;
  await settle();
  return { form: element, field };
}

runFormControlKeyboardTests(dateFieldFixture);

describe('bf-date-field with the keyboard', () => {
  it('is reached with Tab box by box: day, month, year; a disabled field is skipped', async () => {
    const { form: element, field } = await form(
      html`<bf-date-field label="Date of birth" name="birth"></bf-date-field>
        <bf-date-field label="Date of death" name="death" disabled></bf-date-field>
        <input aria-label="After" />`,
    );
    await expectTabOrder([
      box(field, 'day'),
      box(field, 'month'),
      box(field, 'year'),
      element.querySelector('input[aria-label="After"]')!,
    ]);
  });

  it('takes typed digits and Tab, never jumping to the next box by itself', async () => {
    const { form: element, field } = await form(
      html`<bf-date-field label="Date of birth" name="birth"></bf-date-field>`,
    );
    field.focus();
    expect(document.activeElement === box(field, 'day'), 'focus() goes to the day box').to.equal(
      true,
    );
    await sendKeys({ type: '27' });
    expect(document.activeElement === box(field, 'day'), 'still in the day box').to.equal(true);
    await press('Tab');
    const month = getComputedStyle(box(field, 'month'));
    expect(month.outlineStyle, 'a visible focus ring').to.equal('solid');
    expect(parseFloat(month.outlineWidth)).to.be.at.least(2);
    await sendKeys({ type: '3' });
    await press('Tab');
    await sendKeys({ type: '2007' });
    await field.updateComplete;
    expect(field.value).to.equal('2007-03-27');
    expect(new FormData(element).get('birth')).to.equal('2007-03-27');
  });

  it('submits with Enter in any box, through the form’s submit button, native or bf-button', async () => {
    for (const button of [
      html`<button>Next</button>`,
      html`<bf-button type="submit">Next</bf-button>`,
    ]) {
      const { form: element, field } = await form(
        html`<bf-date-field label="Date" name="date" value="2007-03-27"></bf-date-field>${button}`,
      );
      for (const part of ['day', 'month', 'year'] as const) {
        const data = await expectKeyActivation(box(field, part), 'Enter', formSubmission(element));
        expect(data.get('date'), part).to.equal('2007-03-27');
      }
    }
  });

  it('on a failed submit, shows the error and puts focus on the first box in error', async () => {
    const { form: element, field } = await form(
      html`<bf-date-field label="Date" name="date" required></bf-date-field><button>Next</button>`,
    );
    let submitted = 0;
    element.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted += 1;
    });
    box(field, 'day').focus();
    await sendKeys({ type: '27' });
    await press('Tab');
    await sendKeys({ type: '3' });
    await field.updateComplete;
    expect(errorOf(field), 'no error while typing').to.equal('');
    await press('Enter');
    await settle();
    expect(submitted).to.equal(0);
    expect(errorOf(field)).to.equal('Error: The date must include a year.');
    expect(document.activeElement === box(field, 'year'), 'focus on the year box').to.equal(true);
    await sendKeys({ type: '2' });
    await field.updateComplete;
    expect(errorOf(field), 'the error follows the typing once shown').to.equal(
      'Error: The date must have a year with 4 digits.',
    );
    await sendKeys({ type: '007' });
    await field.updateComplete;
    expect(errorOf(field)).to.equal('');
    await press('Enter');
    await settle();
    expect(submitted).to.equal(1);
  });

  it('after a failed submit, shows a new error when focus leaves the three boxes, not between them', async () => {
    const { form: element, field } = await form(
      html`<bf-date-field label="Date" name="date" value="2007-03-27"></bf-date-field
        ><input aria-label="Town" required /><button>Next</button>`,
    );
    element.addEventListener('submit', (event) => event.preventDefault());
    element.querySelector('button')!.click();
    await settle();
    expect(errorOf(field), 'the date is fine').to.equal('');
    box(field, 'day').focus();
    box(field, 'day').select();
    await press('Backspace');
    await press('Tab');
    await press('Tab');
    await field.updateComplete;
    expect(errorOf(field), 'moving between the boxes').to.equal('');
    await press('Tab');
    await field.updateComplete;
    expect(errorOf(field), 'leaving the boxes').to.equal('Error: The date must include a day.');
    expect(box(field, 'day').getAttribute('aria-invalid')).to.equal('true');
    expect(box(field, 'month').getAttribute('aria-invalid')).to.equal('false');
  });
});
