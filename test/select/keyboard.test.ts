// Keyboard and focus: this file runs one page at a time (its name ends in keyboard.test.ts), so
// that the page has focus while keys are pressed.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@belfry/components/select';
import type { BfSelect } from '@belfry/components';
import { expectNoKeyActivation, expectTabOrder, formSubmission } from '../helpers/keyboard.js';
import { runFormControlKeyboardTests, type FieldAttributes } from '../helpers/form-control.js';

function createSelect(attributes: FieldAttributes): BfSelect {
  const field = document.createElement('bf-select');
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) field.setAttribute(name, '');
    else if (typeof value === 'string') field.setAttribute(name, value);
  }
  field.setAttribute('placeholder', '');
  // Options whose first letters differ from the placeholder's, so typing chooses by letter.
  field.append(new Option('Gent', 'Gent'), new Option('Namur', 'Namur'));
  return field;
}

runFormControlKeyboardTests({
  tag: 'bf-select',
  create: createSelect,
  value: 'Gent',
  otherValue: 'Namur',
  enterSubmits: false,
});

const provinces = html`<option value="VAN">Antwerpen</option>
  <option value="VLI">Limburg</option>
  <option value="WLG">Luik</option>
  <option value="WNA">Namen</option>`;

describe('bf-select with the keyboard', () => {
  it('is reached with Tab in page order; a disabled one is skipped', async () => {
    const wrapper = await fixture(
      html`<div lang="nl-BE">
        <input aria-label="Naam" />
        <bf-select label="Provincie">${provinces}</bf-select>
        <bf-select label="Niet gevraagd" disabled>${provinces}</bf-select>
        <button>Volgende</button>
      </div>`,
    );
    const [first] = Array.from(wrapper.querySelectorAll('bf-select'), (field) => field.control!);
    await expectTabOrder([
      wrapper.querySelector('input')!,
      first!,
      wrapper.querySelector('button')!,
    ]);
  });

  it('chooses by typing the first letters of an option', async () => {
    const field = await fixture<BfSelect>(
      html`<bf-select lang="nl-BE" label="Provincie" placeholder>${provinces}</bf-select>`,
    );
    const changes: string[] = [];
    field.addEventListener('change', () => changes.push(field.value));
    field.focus();
    await sendKeys({ type: 'Lu' });
    expect(field.value).to.equal('WLG');
    expect(changes.at(-1)).to.equal('WLG');
  });

  it('chooses the next and previous option with the arrow keys, while the list is closed', async function () {
    // Closed-list arrow keys choose on Windows and Linux; on macOS they open the list.
    if (navigator.platform.startsWith('Mac')) this.skip();
    const field = await fixture<BfSelect>(
      html`<bf-select lang="nl-BE" label="Provincie" value="VLI">${provinces}</bf-select>`,
    );
    field.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(field.value).to.equal('WLG');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(field.value).to.equal('VAN');
  });

  it('does not submit its form with Enter', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form lang="nl-BE">
        <bf-select label="Provincie" name="province" value="VLI">${provinces}</bf-select>
        <button type="submit">Verzenden</button>
      </form>`,
    );
    const field = form.querySelector('bf-select')!;
    await field.updateComplete;
    await expectNoKeyActivation(field.control!, 'Enter', formSubmission(form));
    expect(field.value).to.equal('VLI');
  });
});
