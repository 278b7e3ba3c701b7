import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/radio-group';
import type { BfRadio, BfRadioGroup } from '@belfry/components';
import {
  runCheckableControlTests,
  type CheckableField,
  withAttributes,
} from '../helpers/form-control.js';
import { forEachLocale, settle } from '../helpers/locales.js';
import { attemptSubmit, labelOf } from '../helpers/choice.js';

const languages = html`<bf-radio value="nl">Nederlands</bf-radio>
  <bf-radio value="fr">Français</bf-radio>
  <bf-radio value="de" hint="Voor de Duitstalige Gemeenschap">Deutsch</bf-radio>`;

/** A form with one radio group, and the group. */
async function languageForm(attributes = html``): Promise<[HTMLFormElement, BfRadioGroup]> {
  const form = await fixture<HTMLFormElement>(
    html`<form>
      <bf-radio-group label="Taal" name="language">${languages}</bf-radio-group>${attributes}
    </form>`,
  );
  const group = form.querySelector('bf-radio-group')!;
  await group.updateComplete;
  return [form, group];
}

const radios = (group: BfRadioGroup) => group.options as BfRadio[];
const controls = (group: BfRadioGroup) => radios(group).map((radio) => radio.control!);

describe('bf-radio-group', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  describe('structure', () => {
    it('is a fieldset whose legend is the label, around the radios', async () => {
      const [, group] = await languageForm();
      const fieldset = group.shadowRoot!.querySelector('fieldset')!;
      const legend = fieldset.querySelector('legend')!;
      expect(legend.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Taal (optional)');
      const slot = fieldset.querySelector<HTMLSlotElement>('slot:not([name])')!;
      expect(slot.assignedElements()).to.deep.equal(radios(group));
    });

    it('gives every radio the group name, so the browser groups them', async () => {
      const [, group] = await languageForm();
      expect(controls(group).map((control) => control.name)).to.deep.equal([
        'language',
        'language',
        'language',
      ]);
      expect(controls(group).map((control) => control.type)).to.deep.equal([
        'radio',
        'radio',
        'radio',
      ]);
    });

    it('groups its radios even without a name', async () => {
      const group = await fixture<BfRadioGroup>(
        html`<bf-radio-group label="Taal">${languages}</bf-radio-group>`,
      );
      await group.updateComplete;
      const [first, second] = controls(group);
      expect(first!.name).to.not.equal('');
      first!.click();
      second!.click();
      expect(first!.checked).to.equal(false);
    });

    it('names each radio by its content, and describes it by its hint', async () => {
      const [, group] = await languageForm();
      const german = controls(group)[2]!;
      expect(labelOf(german)).to.equal('Deutsch');
      const hint = document.getElementById(german.getAttribute('aria-describedby')!)!;
      expect(hint.textContent).to.equal('Voor de Duitstalige Gemeenschap');
    });

    it('describes the group by its hint, by element reference from the fieldset', async () => {
      const group = await fixture<BfRadioGroup>(
        html`<bf-radio-group label="Taal" hint="De taal van uw brieven"
          >${languages}</bf-radio-group
        >`,
      );
      await group.updateComplete;
      const fieldset = group.shadowRoot!.querySelector('fieldset') as HTMLFieldSetElement & {
        ariaDescribedByElements: Element[] | null;
      };
      const hint = group.querySelector('[slot="hint"]')!;
      expect(hint.textContent).to.equal('De taal van uw brieven');
      expect(fieldset.ariaDescribedByElements).to.deep.equal([hint]);
    });

    it('says "optional" in the page language when not required, and nothing when required', async () => {
      const expected = {
        nl: '(niet verplicht)',
        fr: '(facultatif)',
        de: '(freiwillig)',
        en: '(optional)',
      };
      await forEachLocale(async (locale) => {
        const group = await fixture<BfRadioGroup>(
          html`<bf-radio-group label="Q">${languages}</bf-radio-group>`,
        );
        await group.updateComplete;
        expect(group.shadowRoot!.querySelector('.optional')!.textContent!.trim()).to.equal(
          expected[locale],
        );
        group.required = true;
        await group.updateComplete;
        expect(group.shadowRoot!.querySelector('.optional')).to.equal(null);
      });
    });

    it('takes a heading as its legend from the label slot', async () => {
      const group = await fixture<BfRadioGroup>(
        html`<bf-radio-group
          ><h1 slot="label">Waar woont u?</h1>
          ${languages}</bf-radio-group
        >`,
      );
      const slot = group.shadowRoot!.querySelector<HTMLSlotElement>('legend slot[name="label"]')!;
      expect(slot.assignedElements()[0]!.localName).to.equal('h1');
    });

    it('leaves the options of a group nested in a follow-up question to that group', async () => {
      const group = await fixture<BfRadioGroup>(
        html`<bf-radio-group label="Woont u in België?" name="belgium">
          <bf-radio value="yes"
            >Ja
            <div slot="conditional">
              <bf-radio-group label="Gewest" name="region">
                <bf-radio value="bru">Brussel</bf-radio>
                <bf-radio value="vla">Vlaanderen</bf-radio>
              </bf-radio-group>
            </div>
          </bf-radio>
          <bf-radio value="no">Nee</bf-radio>
        </bf-radio-group>`,
      );
      await group.updateComplete;
      expect(radios(group).map((radio) => radio.value)).to.deep.equal(['yes', 'no']);
      const inner = group.querySelector<BfRadioGroup>('bf-radio-group bf-radio-group')!;
      await inner.updateComplete;
      expect(controls(inner).map((control) => control.name)).to.deep.equal(['region', 'region']);
    });
  });

  describe('value', () => {
    it('is the value of the chosen radio, and chooses one when set', async () => {
      const [form, group] = await languageForm();
      expect(group.value).to.equal('');
      group.value = 'fr';
      expect(radios(group)[1]!.checked).to.equal(true);
      expect([...new FormData(form)]).to.deep.equal([['language', 'fr']]);
      controls(group)[2]!.click();
      expect(group.value).to.equal('de');
      group.value = '';
      expect(radios(group).some((radio) => radio.checked)).to.equal(false);
    });

    it('warns and chooses nothing for a value no radio has', async () => {
      const [, group] = await languageForm();
      const warnings: unknown[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        group.value = 'xx';
      } finally {
        console.warn = original;
      }
      expect(group.value).to.equal('');
      expect(warnings).to.have.length(1);
    });

    it('takes a value set before it was connected', async () => {
      const group = document.createElement('bf-radio-group');
      group.label = 'Taal';
      group.name = 'language';
      for (const value of ['nl', 'fr']) {
        const radio = document.createElement('bf-radio');
        radio.value = value;
        radio.textContent = value;
        group.append(radio);
      }
      group.value = 'fr';
      const wrapper = await fixture(html`<div></div>`);
      wrapper.append(group);
      await group.updateComplete;
      await settle();
      expect(group.value).to.equal('fr');
      expect(radios(group)[1]!.control!.checked).to.equal(true);
    });

    it('starts with the radio written with checked, and a reset goes back to it', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <bf-radio-group label="Taal" name="language">
            <bf-radio value="nl">Nederlands</bf-radio>
            <bf-radio value="fr" checked>Français</bf-radio>
          </bf-radio-group>
        </form>`,
      );
      const group = form.querySelector('bf-radio-group')!;
      await group.updateComplete;
      expect(group.value).to.equal('fr');
      group.value = 'nl';
      form.reset();
      expect(group.value).to.equal('fr');
    });

    it('bubbles the native change event from the radio through the group', async () => {
      const [, group] = await languageForm();
      const seen: string[] = [];
      group.addEventListener('change', () => seen.push(group.value));
      controls(group)[1]!.click();
      expect(seen).to.deep.equal(['fr']);
    });
  });

  describe('disabled', () => {
    it('disables every radio when the group is disabled: nothing submitted, nothing chosen', async () => {
      const [form, group] = await languageForm();
      group.value = 'nl';
      group.disabled = true;
      await group.updateComplete;
      expect(controls(group).every((control) => control.disabled)).to.equal(true);
      expect([...new FormData(form)]).to.deep.equal([]);
      group.disabled = false;
      await group.updateComplete;
      expect(controls(group).some((control) => control.disabled)).to.equal(false);
      expect([...new FormData(form)]).to.deep.equal([['language', 'nl']]);
    });

    it('disables one radio on its own', async () => {
      const group = await fixture<BfRadioGroup>(
        html`<bf-radio-group label="Taal" name="language">
          <bf-radio value="nl">Nederlands</bf-radio>
          <bf-radio value="fr" disabled>Français</bf-radio>
        </bf-radio-group>`,
      );
      await group.updateComplete;
      expect(controls(group).map((control) => control.disabled)).to.deep.equal([false, true]);
    });
  });

  describe('required', () => {
    it('stops the form with one error for the whole group, in the page language', async () => {
      const expected = {
        nl: 'Kies een van de mogelijkheden.',
        fr: 'Choisissez une des options.',
        de: 'Wählen Sie eine der Möglichkeiten aus.',
        en: 'Select one of the options.',
      };
      await forEachLocale(async (locale) => {
        const [form, group] = await languageForm();
        group.required = true;
        await group.updateComplete;
        const invalid: Element[] = [];
        form.addEventListener('invalid', (event) => invalid.push(event.target as Element), true);
        expect(await attemptSubmit(form)).to.equal(false);
        expect(invalid, 'one invalid control for the group').to.deep.equal([controls(group)[0]]);
        const error = group.querySelector('[slot="error"]')!;
        expect(error.textContent).to.include(expected[locale]);
        expect(group.validationMessage).to.equal(expected[locale]);
        expect(controls(group).every((c) => c.getAttribute('aria-invalid') === 'true')).to.equal(
          true,
        );
      });
    });

    it('puts its validity on the first radio that can be chosen', async () => {
      const group = await fixture<BfRadioGroup>(
        html`<bf-radio-group label="Taal" required>
          <bf-radio value="nl" disabled>Nederlands</bf-radio>
          <bf-radio value="fr">Français</bf-radio>
        </bf-radio-group>`,
      );
      await group.updateComplete;
      expect(group.checkValidity()).to.equal(false);
      expect(controls(group)[1]!.validity.customError).to.equal(true);
    });

    it('shows the error only after a submit attempt, then follows the choice', async () => {
      const [form, group] = await languageForm();
      group.required = true;
      await group.updateComplete;
      controls(group)[0]!.focus();
      controls(group)[0]!.blur();
      await group.updateComplete;
      expect(group.querySelector('[slot="error"]')).to.equal(null);
      await attemptSubmit(form);
      await group.updateComplete;
      const fieldset = group.shadowRoot!.querySelector('fieldset') as HTMLFieldSetElement & {
        ariaDescribedByElements: Element[] | null;
      };
      const error = group.querySelector('[slot="error"]')!;
      expect(fieldset.ariaDescribedByElements).to.deep.equal([error]);
      controls(group)[1]!.click();
      await group.updateComplete;
      expect(group.querySelector('[slot="error"]')).to.equal(null);
      expect(controls(group).some((c) => c.getAttribute('aria-invalid') === 'true')).to.equal(
        false,
      );
      expect(await attemptSubmit(form)).to.equal(true);
    });

    it('clears the error on reset', async () => {
      const [form, group] = await languageForm();
      group.required = true;
      await group.updateComplete;
      await attemptSubmit(form);
      form.reset();
      await aTimeout(10);
      await group.updateComplete;
      expect(group.querySelector('[slot="error"]')).to.equal(null);
    });
  });

  describe('the rest of its API', () => {
    it('moves focus to the chosen radio, or else to the first that can be chosen', async () => {
      const [form, group] = await languageForm();
      radios(group)[0]!.disabled = true;
      await radios(group)[0]!.updateComplete;
      group.focus();
      expect(document.activeElement).to.equal(controls(group)[1]);
      group.value = 'de';
      group.focus();
      expect(document.activeElement).to.equal(controls(group)[2]);
      radios(group)[2]!.blur();
      expect(document.activeElement).to.not.equal(controls(group)[2]);
      expect(group.form).to.equal(form);
      expect(radios(group)[1]!.form).to.equal(form);
    });

    it('shows an error the server wrote until the answer changes', async () => {
      const group = await fixture<BfRadioGroup>(
        html`<bf-radio-group label="Taal" name="language">
          <p slot="error">Deze taal kunnen we niet gebruiken.</p>
          <bf-radio value="nl">Nederlands</bf-radio>
          <bf-radio value="fr">Français</bf-radio>
        </bf-radio-group>`,
      );
      await group.updateComplete;
      const error = group.querySelector('[slot="error"]')!;
      expect(error.textContent).to.include('Deze taal kunnen we niet gebruiken.');
      expect(group.checkValidity()).to.equal(false);
      controls(group)[1]!.click();
      await group.updateComplete;
      expect(group.querySelector('[slot="error"]')).to.equal(null);
      expect(group.checkValidity()).to.equal(true);
    });

    it('warns about a group without a question', async () => {
      const original = console.warn;
      const warnings: string[] = [];
      console.warn = (message: string) => warnings.push(String(message));
      try {
        await fixture(
          html`<bf-radio-group name="nameless"><bf-radio value="a">A</bf-radio></bf-radio-group>`,
        );
        await settle();
      } finally {
        console.warn = original;
      }
      expect(warnings.some((warning) => warning.includes('label'))).to.equal(true);
    });
  });

  describe('follow-up questions', () => {
    it('shows those of the chosen radio only, and keeps what was typed in the others', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <bf-radio-group label="Hoe wilt u antwoord?" name="contact">
            <bf-radio value="email"
              >E-mail
              <div slot="conditional">
                <label for="email">E-mailadres</label><input id="email" name="email" required />
              </div>
            </bf-radio>
            <bf-radio value="post">Post</bf-radio>
          </bf-radio-group>
        </form>`,
      );
      const group = form.querySelector('bf-radio-group')!;
      await group.updateComplete;
      const [email, post] = radios(group);
      const wrapper = email!.shadowRoot!.querySelector<HTMLElement>('[part="conditional"]')!;
      const input = form.querySelector<HTMLInputElement>('#email')!;
      email!.control!.click();
      await email!.updateComplete;
      expect(wrapper.hidden).to.equal(false);
      input.value = 'an@example.be';
      // The browser unchecks the first radio without an event: its questions hide all the same.
      post!.control!.click();
      await email!.updateComplete;
      expect(wrapper.hidden).to.equal(true);
      expect(input.disabled).to.equal(true);
      expect([...new FormData(form)]).to.deep.equal([['contact', 'post']]);
      email!.control!.click();
      await email!.updateComplete;
      expect(input.value).to.equal('an@example.be');
    });
  });

  describe('layout', () => {
    it('gives every answer a target of at least 44 px tall that includes its label', async () => {
      const [, group] = await languageForm();
      for (const radio of radios(group)) {
        const row = radio.querySelector('label')!.getBoundingClientRect();
        const circle = radio.control!.getBoundingClientRect();
        expect(row.height).to.be.at.least(44);
        expect(row.left).to.be.at.most(circle.left);
        expect(row.top).to.be.at.most(circle.top);
      }
    });

    it('shows the chosen radio with a dot', async () => {
      const [, group] = await languageForm();
      const control = controls(group)[0]!;
      expect(getComputedStyle(control, '::before').content).to.equal('none');
      control.click();
      expect(getComputedStyle(control, '::before').content).to.not.equal('none');
    });
  });
});

runCheckableControlTests({
  tag: 'bf-radio-group',
  create: (attributes) => {
    const group = withAttributes(document.createElement('bf-radio-group'), attributes);
    for (const [value, text] of [
      ['yes', 'Yes'],
      ['no', 'No'],
    ]) {
      const radio = document.createElement('bf-radio');
      radio.setAttribute('value', value!);
      radio.textContent = text!;
      group.append(radio);
    }
    return group as unknown as CheckableField;
  },
  controls: (field) => controls(field as unknown as BfRadioGroup),
  choose: async (field) => {
    field.querySelectorAll('label')[1]!.click();
    await field.updateComplete;
  },
  chosen: ['no'],
  makeDefault: (field) => field.querySelectorAll('bf-radio')[1]!.setAttribute('checked', ''),
  clear: (field) => {
    (field as unknown as BfRadioGroup).value = '';
  },
  valueMissingNl: 'Kies een van de mogelijkheden.',
  saysOptional: true,
});
