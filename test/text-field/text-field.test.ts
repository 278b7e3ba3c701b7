import { expect, fixture, html } from '@open-wc/testing';
import type { BfTextField } from '@belfry/components';
import { controlOf, runFormControlTests } from '../helpers/form-control.js';
import { settle } from '../helpers/locales.js';
import { createTextField, textFieldFixture } from './fixture.js';

runFormControlTests(textFieldFixture);

const box = (field: BfTextField) => field.shadowRoot!.querySelector<HTMLElement>('.box')!;
const toggle = (field: BfTextField) =>
  field.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]');

async function inPage(markup: ReturnType<typeof html>): Promise<BfTextField> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="en">${markup}</div>`);
  const field = wrapper.querySelector('bf-text-field')!;
  await field.updateComplete;
  return field;
}

async function withWarnings(body: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('bf-text-field', () => {
  it('passes type, inputmode, autocomplete and placeholder to its input', async () => {
    const field = await inPage(
      html`<bf-text-field
        label="Email address"
        type="email"
        inputmode="email"
        autocomplete="email"
        placeholder="name@example.be"
      ></bf-text-field>`,
    );
    const input = controlOf(field);
    expect(input.type).to.equal('email');
    expect(input.inputMode).to.equal('email');
    expect(input.autocomplete).to.equal('email');
    expect(input.placeholder).to.equal('name@example.be');
    expect(input.spellcheck, 'no spelling marks on an address').to.equal(false);
  });

  it('falls back to text for an unknown type, with a warning', async () => {
    let field: BfTextField | undefined;
    const warnings = await withWarnings(async () => {
      field = await inPage(html`<bf-text-field label="Age" type="number"></bf-text-field>`);
    });
    expect(controlOf(field!).type).to.equal('text');
    expect(warnings.join()).to.contain('type="number" is not supported');
  });

  it('validates an email address with a message in the page language', async () => {
    const field = createTextField({ label: 'E-mail', type: 'email', name: 'email' });
    const form = await fixture<HTMLFormElement>(html`<form lang="fr-BE"></form>`);
    form.append(field);
    await field.updateComplete;
    field.value = 'jan';
    expect(field.validationMessage).to.equal('Indiquez une adresse e-mail comme nom@exemple.be.');
    field.value = 'jan@example.be';
    expect(field.checkValidity()).to.equal(true);
  });

  it('puts the prefix and suffix in the input’s description, hidden from reading twice', async () => {
    const field = await inPage(
      html`<bf-text-field
        label="Amount"
        prefix="€"
        suffix="per month"
        hint="Before tax"
      ></bf-text-field>`,
    );
    const input = controlOf(field);
    const ids = input.getAttribute('aria-describedby')!.split(' ');
    const texts = ids.map((id) => document.getElementById(id)!.textContent);
    expect(texts).to.deep.equal(['Before tax', '€', 'per month']);
    expect(document.getElementById(ids[1]!)!.getAttribute('aria-hidden')).to.equal('true');
    field.prefix = '';
    await field.updateComplete;
    expect(field.querySelector('[slot="prefix"]')).to.equal(null);
    expect(input.getAttribute('aria-describedby')!.split(' ').length).to.equal(2);
  });

  it('shows a character count that follows the typing, and an error past the limit', async () => {
    const field = await inPage(
      html`<bf-text-field label="Reference" maxlength="10" name="ref"></bf-text-field>`,
    );
    const count = () => field.querySelector('[slot="count"]')!.textContent;
    expect(count()).to.equal('You have 10 characters remaining');
    const input = controlOf(field);
    expect(input.hasAttribute('maxlength'), 'nothing pasted is cut off').to.equal(false);
    input.value = 'ABCDEFGHIJKL';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await field.updateComplete;
    expect(count()).to.equal('You have 2 characters too many');
    expect(field.validationMessage).to.equal('Use 10 characters or fewer.');
  });

  it('ignores a maxlength that is not a whole number above 0, with a warning', async () => {
    let field: BfTextField | undefined;
    const warnings = await withWarnings(async () => {
      field = await inPage(html`<bf-text-field label="X" maxlength="-3"></bf-text-field>`);
    });
    expect(field!.querySelector('[slot="count"]')).to.equal(null);
    expect(warnings.join()).to.contain('maxlength must be a whole number');
  });

  it('sizes the box for the expected answer, never wider than its container', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="inline-size: 40rem" lang="en">
        <bf-text-field label="Postcode" width="postcode"></bf-text-field>
        <bf-text-field label="IBAN" width="iban"></bf-text-field>
        <bf-text-field label="Name"></bf-text-field>
      </div>`,
    );
    const [postcode, iban, name] = Array.from(wrapper.querySelectorAll('bf-text-field'));
    await Promise.all([postcode, iban, name].map((field) => field!.updateComplete));
    const width = (field: BfTextField) => box(field).getBoundingClientRect().width;
    expect(width(postcode!)).to.be.lessThan(width(iban!));
    expect(width(iban!)).to.be.lessThan(width(name!));
    expect(width(name!)).to.be.closeTo(wrapper.getBoundingClientRect().width, 1);
    wrapper.style.inlineSize = '10rem';
    expect(width(iban!)).to.be.at.most(wrapper.getBoundingClientRect().width + 0.5);
  });

  it('has a 44 px target', async () => {
    const field = await inPage(html`<bf-text-field label="Name"></bf-text-field>`);
    expect(controlOf(field).getBoundingClientRect().height).to.be.at.least(44);
  });

  it('warns about an unknown width and uses the full width', async () => {
    const warnings = await withWarnings(async () => {
      await inPage(html`<bf-text-field label="X" width="huge"></bf-text-field>`);
    });
    expect(warnings.join()).to.contain('width="huge" is unknown');
  });

  describe('password', () => {
    it('shows and hides the password, keeping the value and the caret', async () => {
      const field = await inPage(
        html`<bf-text-field
          label="Password"
          type="password"
          autocomplete="current-password"
        ></bf-text-field>`,
      );
      const input = controlOf(field);
      input.value = 'secret-pass';
      input.setSelectionRange(3, 3);
      const button = toggle(field)!;
      expect(button.getAttribute('aria-label')).to.equal('Show password');
      expect(button.textContent!.trim()).to.equal('Show');
      button.click();
      await field.updateComplete;
      expect(input.type).to.equal('text');
      expect(input.value).to.equal('secret-pass');
      expect(input.selectionStart).to.equal(3);
      expect(toggle(field)!.getAttribute('aria-label')).to.equal('Hide password');
      toggle(field)!.click();
      await field.updateComplete;
      expect(input.type).to.equal('password');
      expect(input.value).to.equal('secret-pass');
    });

    it('announces the change politely in the page language', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="nl-BE">
          <bf-text-field label="Wachtwoord" type="password"></bf-text-field>
        </div>`,
      );
      const field = wrapper.querySelector('bf-text-field')!;
      await field.updateComplete;
      toggle(field)!.click();
      await new Promise((resolve) => setTimeout(resolve, 200));
      const region = document.querySelector('[data-bf-announcer="polite"]')!;
      expect(region.textContent).to.contain('Uw wachtwoord is zichtbaar.');
    });

    it('hides a shown password again when the form is submitted', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form lang="en">
          <bf-text-field label="Password" type="password" name="pw"></bf-text-field>
        </form>`,
      );
      const field = form.querySelector('bf-text-field')!;
      await field.updateComplete;
      toggle(field)!.click();
      expect(controlOf(field).type).to.equal('text');
      form.addEventListener('submit', (event) => event.preventDefault());
      form.requestSubmit();
      await settle();
      expect(controlOf(field).type).to.equal('password');
    });

    it('disables the toggle with the field', async () => {
      const field = await inPage(
        html`<bf-text-field label="Password" type="password" disabled></bf-text-field>`,
      );
      expect(toggle(field)!.disabled).to.equal(true);
    });
  });
});
