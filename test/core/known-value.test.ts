// "Only once": a value the government already knows, shown with its source, corrected on request
// and never overwritten behind the citizen's back. Core behaviour, on the smallest field; every
// Belfry field gets it from the form-control core. See docs/decisions/0018-known-values.md.
import { expect, fixture, html } from '@open-wc/testing';
import { registerStrings } from '@belfry/core';
import { settle } from '../helpers/locales.js';
import { TestKnownField } from './known-value-field.js';

const part = (field: Element, name: string) =>
  field.querySelector<HTMLElement>(`:scope > [data-bf-field="${name}"]`);
const text = (field: Element, name: string) => part(field, name)?.textContent?.trim() ?? '';
const button = (field: Element) => part(field, 'correct') as HTMLButtonElement | null;
/** Whether the native control is drawn (it is hidden while the known value shows). */
const controlShown = (field: TestKnownField) => field.control!.getClientRects().length > 0;

async function knownForm(
  attributes = '',
  lang = 'en',
): Promise<{
  form: HTMLFormElement;
  field: TestKnownField;
}> {
  const form = await fixture<HTMLFormElement>(html`<form lang=${lang} action="#"></form>`);
  // Markup, as a server writes it: the known value is the field's `value`.
  form.innerHTML = `<test-known-field name="street" label="Street" value="Wetstraat 16"
    source="national-register" ${attributes}></test-known-field>`;
  const field = form.querySelector('test-known-field')!;
  await field.updateComplete;
  await settle();
  return { form, field };
}

/** Types `value` as a user would: the control changes and fires `input`. */
async function type(field: TestKnownField, value: string): Promise<void> {
  const control = field.control!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await field.updateComplete;
}

describe('a known value ("only once")', () => {
  it('shows the value as text with its source, and submits it', async () => {
    const { form, field } = await knownForm();
    expect(text(field, 'known')).to.equal('Wetstraat 16');
    expect(text(field, 'source')).to.equal('From the National Register');
    expect(button(field)?.textContent).to.equal('This is not correct');
    expect(controlShown(field), 'the control is hidden').to.equal(false);
    expect(part(field, 'known')!.getClientRects().length).to.be.above(0);
    const data = new FormData(form);
    expect(data.getAll('street')).to.deep.equal(['Wetstraat 16']);
    expect(data.has('street-corrected'), 'no flag while unchanged').to.equal(false);
    expect(field.corrected).to.equal(false);
  });

  it('names each source in the page language, and shows other text as written', async () => {
    const expected = {
      nl: ['Uit het Rijksregister', 'Uit de Kruispuntbank van Ondernemingen'],
      fr: ['Provient du Registre national', 'Provient de la Banque-Carrefour des Entreprises'],
      de: ['Aus dem Nationalregister', 'Aus der Zentralen Datenbank der Unternehmen'],
      en: ['From the National Register', 'From the Crossroads Bank for Enterprises'],
    } as const;
    for (const [lang, [register, enterprises]] of Object.entries(expected)) {
      const { field } = await knownForm('', lang);
      expect(text(field, 'source'), lang).to.equal(register);
      field.source = 'enterprise-register';
      await field.updateComplete;
      expect(text(field, 'source'), lang).to.equal(enterprises);
    }
    const { field } = await knownForm('', 'nl-BE');
    field.source = 'social-security';
    await field.updateComplete;
    expect(text(field, 'source')).to.equal('Uit de Kruispuntbank van de Sociale Zekerheid');
    field.source = 'finance';
    await field.updateComplete;
    expect(text(field, 'source')).to.equal('Van de FOD Financiën');
    field.source = '  Van uw gemeente  ';
    await field.updateComplete;
    expect(text(field, 'source')).to.equal('Van uw gemeente');
    expect(part(field, 'source')!.hasAttribute('lang')).to.equal(false);
  });

  it('gives "This is not correct" a name that says which answer, in every language', async () => {
    const names = {
      nl: ['Dit klopt niet', 'Dit klopt niet: Street'],
      'fr-BE': ["Ce n'est pas correct", "Ce n'est pas correct : Street"],
      de: ['Das stimmt nicht', 'Das stimmt nicht: Street'],
      en: ['This is not correct', 'This is not correct: Street'],
    } as const;
    for (const [lang, [visible, name]] of Object.entries(names)) {
      const { field } = await knownForm('', lang);
      expect(button(field)!.textContent, lang).to.equal(visible);
      expect(button(field)!.getAttribute('aria-label'), lang).to.equal(name);
      expect(name.startsWith(visible), 'the visible words start the name').to.equal(true);
      expect(button(field)!.type).to.equal('button');
    }
  });

  it('opens the control with the known value in it on "This is not correct", and focuses it', async () => {
    const { form, field } = await knownForm();
    button(field)!.click();
    await field.updateComplete;
    expect(controlShown(field), 'the control shows').to.equal(true);
    expect(document.activeElement).to.equal(field.control);
    expect(field.control!.value).to.equal('Wetstraat 16');
    expect(field.control!.selectionStart, 'the caret after the value').to.equal(12);
    expect(part(field, 'known'), 'the text is gone').to.equal(null);
    expect(part(field, 'source')).to.equal(null);
    expect(button(field)).to.equal(null);
    // Opened but unchanged: still the known value, without the flag.
    expect(new FormData(form).has('street-corrected')).to.equal(false);
    expect(new FormData(form).get('street')).to.equal('Wetstraat 16');
  });

  it('submits a correction with <name>-corrected=true, and drops the flag when undone', async () => {
    const { form, field } = await knownForm();
    button(field)!.click();
    await type(field, 'Wetstraat 18');
    let data = new FormData(form);
    expect(data.getAll('street')).to.deep.equal(['Wetstraat 18']);
    expect(data.getAll('street-corrected')).to.deep.equal(['true']);
    expect(field.corrected).to.equal(true);
    await type(field, 'Wetstraat 16');
    data = new FormData(form);
    expect(data.has('street-corrected')).to.equal(false);
    expect(field.corrected).to.equal(false);
    expect(controlShown(field), 'the control stays open while the citizen works').to.equal(true);
  });

  it('names the flag with corrected-name, and follows form="id"', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><form id="move" action="#"></form></div>`,
    );
    wrapper.insertAdjacentHTML(
      'beforeend',
      `<test-known-field form="move" name="street" corrected-name="street_changed"
        label="Street" value="Wetstraat 16" source="national-register"></test-known-field>`,
    );
    const field = wrapper.querySelector('test-known-field')!;
    await field.updateComplete;
    button(field)!.click();
    await type(field, 'Rue de la Loi 16');
    const data = new FormData(wrapper.querySelector('form')!);
    expect(data.get('street')).to.equal('Rue de la Loi 16');
    expect(data.get('street_changed')).to.equal('true');
    expect(data.has('street-corrected')).to.equal(false);
  });

  it('never replaces a correction when the page changes the known value later', async () => {
    const { form, field } = await knownForm();
    button(field)!.click();
    await type(field, 'Wetstraat 18');
    // The page learns a new known value, by attribute and by property.
    field.setAttribute('value', 'Wetstraat 20');
    await field.updateComplete;
    expect(field.control!.value, 'what the citizen typed stays').to.equal('Wetstraat 18');
    field.defaultValue = 'Wetstraat 22';
    await field.updateComplete;
    expect(field.control!.value).to.equal('Wetstraat 18');
    expect(field.defaultValue).to.equal('Wetstraat 22');
    const data = new FormData(form);
    expect(data.get('street')).to.equal('Wetstraat 18');
    expect(data.get('street-corrected')).to.equal('true');
    expect(controlShown(field)).to.equal(true);
  });

  it('shows a new known value while the citizen has not corrected it', async () => {
    const { form, field } = await knownForm();
    field.setAttribute('value', 'Wetstraat 20');
    await field.updateComplete;
    expect(text(field, 'known')).to.equal('Wetstraat 20');
    expect(new FormData(form).get('street')).to.equal('Wetstraat 20');
    expect(new FormData(form).has('street-corrected')).to.equal(false);
  });

  it('returns to the known value, shown as text again, on reset', async () => {
    const { form, field } = await knownForm();
    button(field)!.click();
    await type(field, 'Wetstraat 18');
    field.setAttribute('value', 'Wetstraat 20');
    form.reset();
    await settle();
    expect(field.value).to.equal('Wetstraat 20');
    expect(text(field, 'known')).to.equal('Wetstraat 20');
    expect(controlShown(field)).to.equal(false);
    expect(new FormData(form).has('street-corrected')).to.equal(false);
    expect(field.validity?.valid).to.equal(true);
  });

  it('keeps the correction, the open control and the flag through a language switch', async () => {
    const { form, field } = await knownForm('', 'nl-BE');
    expect(text(field, 'source')).to.equal('Uit het Rijksregister');
    button(field)!.click();
    await type(field, 'Wetstraat 18');
    form.lang = 'fr-BE';
    await settle();
    expect(field.control!.value).to.equal('Wetstraat 18');
    expect(controlShown(field)).to.equal(true);
    expect(new FormData(form).get('street-corrected')).to.equal('true');
    form.reset();
    await settle();
    expect(text(field, 'source')).to.equal('Provient du Registre national');
    expect(button(field)!.textContent).to.equal("Ce n'est pas correct");
  });

  it('shows the source in the language of its text when the page has another', async () => {
    const { field } = await knownForm('', 'es');
    expect(text(field, 'source')).to.equal('From the National Register');
    expect(part(field, 'source')!.lang).to.equal('en');
    expect(button(field)!.lang).to.equal('en');
  });

  it('takes the page’s words for the source and the button', async () => {
    registerStrings('en', {
      'bf-source': { sourceNationalRegister: 'We got this from the National Register' },
      'bf-form-control': { notCorrect: 'Change this', notCorrectLabel: 'Change this: {label}' },
    });
    try {
      const { field } = await knownForm();
      expect(text(field, 'source')).to.equal('We got this from the National Register');
      expect(button(field)!.getAttribute('aria-label')).to.equal('Change this: Street');
    } finally {
      registerStrings('en', {
        'bf-source': { sourceNationalRegister: '' },
        'bf-form-control': { notCorrect: '', notCorrectLabel: '' },
      });
    }
  });

  it('is an ordinary field without a source, or without a known value', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <test-known-field name="a" label="A" value="known"></test-known-field>
        <test-known-field name="b" label="B" source="national-register"></test-known-field>
      </form>`,
    );
    const [a, b] = [...form.querySelectorAll('test-known-field')];
    await a!.updateComplete;
    await b!.updateComplete;
    for (const field of [a!, b!]) {
      expect(controlShown(field)).to.equal(true);
      expect(part(field, 'known')).to.equal(null);
    }
    expect([...new FormData(form).keys()]).to.deep.equal(['a', 'b']);
  });

  it('offers nothing to correct when the field is read-only or disabled', async () => {
    const { form, field } = await knownForm('readonly');
    expect(text(field, 'known')).to.equal('Wetstraat 16');
    expect(text(field, 'source')).to.equal('From the National Register');
    expect(button(field)).to.equal(null);
    expect(new FormData(form).get('street')).to.equal('Wetstraat 16');
    field.readonly = false;
    await field.updateComplete;
    expect(button(field)).to.not.equal(null);
    field.disabled = true;
    await field.updateComplete;
    expect(button(field)).to.equal(null);
    expect(new FormData(form).has('street')).to.equal(false);
  });

  it('moves focus to "This is not correct" when focus() is called while the value shows', async () => {
    const { field } = await knownForm();
    field.focus();
    expect(document.activeElement).to.equal(button(field));
    button(field)!.click();
    (document.activeElement as HTMLElement).blur();
    field.focus();
    expect(document.activeElement).to.equal(field.control);
  });

  it('opens the control with its error when the known value does not pass on submit', async () => {
    const { form, field } = await knownForm('preset="postcode"');
    field.setAttribute('value', '0999');
    await field.updateComplete;
    expect(controlShown(field)).to.equal(false);
    const submitButton = document.createElement('button');
    form.append(submitButton);
    let submitted = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = true;
    });
    submitButton.click();
    await settle();
    expect(submitted).to.equal(false);
    expect(controlShown(field)).to.equal(true);
    expect(document.activeElement).to.equal(field.control);
    expect(text(field, 'error')).to.contain('0999 is not a Belgian postal code');
  });

  it('shows a correction that back/forward brings back in the control, flagged', async () => {
    // The browser restores the input it parsed, before the script upgrades the element.
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <test-known-restored label="Street" value="Wetstraat 16" source="national-register">
          <input name="street" value="Wetstraat 16" />
        </test-known-restored>
      </form>`,
    );
    form.querySelector('input')!.value = 'Wetstraat 18';
    class TestKnownRestored extends TestKnownField {}
    TestKnownRestored.define('test-known-restored');
    const field = form.querySelector('test-known-restored') as TestKnownField;
    await field.updateComplete;
    expect(controlShown(field)).to.equal(true);
    expect(part(field, 'known')).to.equal(null);
    expect(field.value).to.equal('Wetstraat 18');
    expect(new FormData(form).get('street-corrected')).to.equal('true');
  });

  it('submits the known value from server markup before and without JavaScript', async () => {
    // An element that is not defined yet: what the browser has before the script runs.
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <test-known-later label="Street" value="Wetstraat 16" source="national-register">
          <label for="later-street">Street</label>
          <input id="later-street" name="street" value="Wetstraat 16" />
        </test-known-later>
      </form>`,
    );
    expect(new FormData(form).get('street')).to.equal('Wetstraat 16');
    class TestKnownLater extends TestKnownField {}
    TestKnownLater.define('test-known-later');
    const field = form.querySelector('test-known-later') as TestKnownField;
    await field.updateComplete;
    await settle();
    expect(field.control!.id, 'the written input is adopted').to.equal('later-street');
    expect(text(field, 'known')).to.equal('Wetstraat 16');
    expect(controlShown(field)).to.equal(false);
    expect([...new FormData(form).entries()]).to.deep.equal([['street', 'Wetstraat 16']]);
  });
});
