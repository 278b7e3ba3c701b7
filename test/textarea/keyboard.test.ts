// Keyboard and focus: this file runs one page at a time (its name ends in keyboard.test.ts), so
// that the page has focus while keys are pressed.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@belfry/components/textarea';
import type { BfTextarea } from '@belfry/components';
import {
  expectNoKeyActivation,
  expectTabOrder,
  formSubmission,
  press,
} from '../helpers/keyboard.js';
import { runFormControlKeyboardTests, type FieldAttributes } from '../helpers/form-control.js';
import { settle } from '../helpers/locales.js';

function createTextarea(attributes: FieldAttributes): BfTextarea {
  const field = document.createElement('bf-textarea');
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) field.setAttribute(name, '');
    else if (typeof value === 'string') field.setAttribute(name, value);
  }
  return field;
}

runFormControlKeyboardTests({
  tag: 'bf-textarea',
  create: createTextarea,
  value: 'Gent',
  otherValue: 'Namur',
  enterSubmits: false,
});

const errorOf = (field: BfTextarea) =>
  field.querySelector(':scope > [slot="error"]')?.textContent?.trim() ?? '';

describe('bf-textarea with the keyboard', () => {
  it('is reached with Tab in page order, read-only too; a disabled one is skipped', async () => {
    const wrapper = await fixture(
      html`<div lang="en">
        <input aria-label="Name" />
        <bf-textarea label="Question"></bf-textarea>
        <bf-textarea label="Earlier answer" value="Moved" readonly></bf-textarea>
        <bf-textarea label="Not asked" disabled></bf-textarea>
        <button>Send</button>
      </div>`,
    );
    const [input, question, earlier] = [
      wrapper.querySelector('input')!,
      ...Array.from(wrapper.querySelectorAll('bf-textarea'), (field) => field.control!),
    ];
    await expectTabOrder([input!, question!, earlier!, wrapper.querySelector('button')!]);
  });

  it('makes a new line with Enter, and never submits the form with it', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form lang="en">
        <bf-textarea label="Question" name="question"></bf-textarea>
        <button type="submit">Send</button>
      </form>`,
    );
    const field = form.querySelector('bf-textarea')!;
    await field.updateComplete;
    field.focus();
    await sendKeys({ type: 'Gent' });
    await expectNoKeyActivation(field.control!, 'Enter', formSubmission(form));
    await sendKeys({ type: '9000' });
    expect(field.value).to.equal('Gent\n9000');
  });

  it('leaves with Tab (no tab character typed), and Shift+Tab goes back', async () => {
    const wrapper = await fixture(
      html`<div lang="en">
        <bf-textarea label="Question"></bf-textarea>
        <button>Next</button>
      </div>`,
    );
    const field = wrapper.querySelector('bf-textarea')!;
    await field.updateComplete;
    field.focus();
    await sendKeys({ type: 'Hallo' });
    await press('Tab');
    expect(document.activeElement).to.equal(wrapper.querySelector('button'));
    expect(field.value).to.equal('Hallo');
    await press('Shift+Tab');
    expect(document.activeElement).to.equal(field.control);
  });

  it('updates the count as keys are typed, over the limit too', async () => {
    const field = await fixture<BfTextarea>(
      html`<bf-textarea lang="en" label="Question" maxlength="3"></bf-textarea>`,
    );
    const count = () => field.querySelector('[slot="count"]')!.textContent!.trim();
    field.focus();
    await sendKeys({ type: 'ab' });
    await field.updateComplete;
    expect(count()).to.equal('You have 1 character remaining');
    await sendKeys({ type: 'cde' });
    await field.updateComplete;
    expect(count()).to.equal('You have 2 characters too many');
    expect(field.value).to.equal('abcde');
  });

  it('after a failed submit, drops the error once fixed, and shows it again on leaving the field', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form lang="nl-BE">
        <bf-textarea label="Vraag" name="question" required></bf-textarea>
        <button type="submit">Verzenden</button>
      </form>`,
    );
    form.addEventListener('submit', (event) => event.preventDefault());
    const field = form.querySelector('bf-textarea')!;
    await field.updateComplete;
    form.querySelector('button')!.click();
    await settle();
    expect(errorOf(field)).to.equal('Fout: Vul dit veld in.');
    expect(document.activeElement, 'focus goes to the field').to.equal(field.control);
    await sendKeys({ type: 'Gent' });
    await field.updateComplete;
    expect(errorOf(field), 'fixed: the error goes while typing').to.equal('');
    for (let key = 0; key < 4; key++) await sendKeys({ press: 'Backspace' });
    await field.updateComplete;
    expect(errorOf(field), 'not while typing').to.equal('');
    await press('Tab');
    await field.updateComplete;
    expect(errorOf(field), 'on leaving the field').to.equal('Fout: Vul dit veld in.');
  });
});
