import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@belfry/components/checkbox';
import type { BfCheckbox } from '@belfry/components';
import {
  runCheckableControlTests,
  type CheckableField,
  withAttributes,
} from '../helpers/form-control.js';
import { forEachLocale, settle } from '../helpers/locales.js';
import { attemptSubmit, labelOf } from '../helpers/choice.js';

/** The managed label of `el`. */
const label = (el: BfCheckbox) => el.querySelector('label')!;

describe('bf-checkbox', () => {
  describe('light DOM', () => {
    it('puts a native checkbox and a label for it in light DOM, named by the content', async () => {
      const el = await fixture<BfCheckbox>(
        html`<bf-checkbox>I want <strong lang="fr">des nouvelles</strong> by e-mail</bf-checkbox>`,
      );
      const control = el.control!;
      expect(control.parentElement).to.equal(el);
      expect(control.type).to.equal('checkbox');
      expect(control.labels?.[0]).to.equal(label(el));
      expect(labelOf(control)).to.equal('I want des nouvelles by e-mail');
      // The content moves as it is: the French words keep their language.
      expect(label(el).querySelector('strong')!.lang).to.equal('fr');
    });

    it('ticks the box on a click on its label', async () => {
      const el = await fixture<BfCheckbox>(html`<bf-checkbox>Updates</bf-checkbox>`);
      label(el).click();
      expect(el.checked).to.equal(true);
    });

    it('adopts the checkbox and label the author wrote, as they are', async () => {
      const el = await fixture<BfCheckbox>(
        html`<bf-checkbox
          ><input type="checkbox" id="news" name="news" value="yes" checked /><label for="news"
            >News</label
          ></bf-checkbox
        >`,
      );
      expect(el.querySelectorAll('input')).to.have.length(1);
      expect(el.querySelectorAll('label')).to.have.length(1);
      expect(el.control!.id).to.equal('news');
      expect(el.name).to.equal('news');
      expect(el.value).to.equal('yes');
      expect(el.checked).to.equal(true);
      expect(el.defaultChecked).to.equal(true);
    });

    it('adopts a checkbox written inside its label, and sets it beside the label', async () => {
      const el = await fixture<BfCheckbox>(
        html`<bf-checkbox
          ><label><input type="checkbox" name="news" />News</label></bf-checkbox
        >`,
      );
      expect(el.querySelectorAll('input')).to.have.length(1);
      expect(el.control!.parentElement).to.equal(el);
      expect(labelOf(el.control!)).to.equal('News');
    });

    it('moves text added later into the label', async () => {
      const el = await fixture<BfCheckbox>(html`<bf-checkbox></bf-checkbox>`);
      el.append('Late text');
      await settle();
      expect(labelOf(el.control!)).to.equal('Late text');
    });

    it('survives a framework replacing its text (React sets textContent): state kept, new label', async () => {
      const el = await fixture<BfCheckbox>(html`<bf-checkbox>Old</bf-checkbox>`);
      el.checked = true;
      const control = el.control!;
      el.textContent = 'New';
      await settle();
      expect(el.control).to.equal(control);
      expect(control.isConnected).to.equal(true);
      expect(el.checked).to.equal(true);
      expect(labelOf(control)).to.equal('New');
    });

    it('shows the hint under the label and links it with aria-describedby', async () => {
      const el = await fixture<BfCheckbox>(
        html`<bf-checkbox hint="We write once a month">Newsletter</bf-checkbox>`,
      );
      const hint = el.querySelector<HTMLElement>('[slot="hint"]')!;
      expect(hint.textContent).to.equal('We write once a month');
      expect(el.control!.getAttribute('aria-describedby')).to.equal(hint.id);
      el.hint = '';
      await el.updateComplete;
      expect(el.querySelector('[slot="hint"]')).to.equal(null);
      expect(el.control!.hasAttribute('aria-describedby')).to.equal(false);
    });

    it('writes text as text, never as markup', async () => {
      const el = await fixture<BfCheckbox>(
        html`<bf-checkbox hint="<img src=x onerror=alert(1)>">Safe</bf-checkbox>`,
      );
      expect(el.querySelector('img')).to.equal(null);
      expect(el.querySelector('[slot="hint"]')!.textContent).to.equal(
        '<img src=x onerror=alert(1)>',
      );
    });
  });

  describe('value and state', () => {
    it('submits "on" when ticked, as a native checkbox does, and nothing when not', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><bf-checkbox name="agree">I agree</bf-checkbox></form>`,
      );
      const el = form.querySelector('bf-checkbox')!;
      expect([...new FormData(form)]).to.deep.equal([]);
      el.checked = true;
      expect([...new FormData(form)]).to.deep.equal([['agree', 'on']]);
    });

    it('submits its value when ticked', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><bf-checkbox name="contact" value="post" checked>By post</bf-checkbox></form>`,
      );
      expect([...new FormData(form)]).to.deep.equal([['contact', 'post']]);
    });

    it('treats the checked attribute as the default, restored by a reset', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><bf-checkbox name="a" checked>A</bf-checkbox></form>`,
      );
      const el = form.querySelector('bf-checkbox')!;
      expect(el.checked).to.equal(true);
      el.checked = false;
      expect(el.defaultChecked).to.equal(true);
      form.reset();
      expect(el.checked).to.equal(true);
    });

    it('keeps a checked state set before it was connected', async () => {
      const el = document.createElement('bf-checkbox');
      el.checked = true;
      el.textContent = 'Early';
      const wrapper = await fixture(html`<div></div>`);
      wrapper.append(el);
      await el.updateComplete;
      expect(el.control!.checked).to.equal(true);
    });

    it('fires the native change event, bubbling through the element', async () => {
      const el = await fixture<BfCheckbox>(html`<bf-checkbox>Change</bf-checkbox>`);
      let changes = 0;
      el.addEventListener('change', () => changes++);
      el.control!.click();
      expect(changes).to.equal(1);
    });
  });

  describe('disabled', () => {
    it('disables its control: not changed by a click, not submitted', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><bf-checkbox name="a" checked disabled>A</bf-checkbox></form>`,
      );
      const el = form.querySelector('bf-checkbox')!;
      expect(el.control!.disabled).to.equal(true);
      label(el).click();
      expect(el.checked).to.equal(true);
      expect([...new FormData(form)]).to.deep.equal([]);
    });

    it('follows a disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <fieldset disabled><bf-checkbox name="a" checked>A</bf-checkbox></fieldset>
        </form>`,
      );
      expect([...new FormData(form)]).to.deep.equal([]);
      form.querySelector('fieldset')!.disabled = false;
      expect([...new FormData(form)]).to.deep.equal([['a', 'on']]);
    });
  });

  describe('required', () => {
    it('shows a localized error after a failed submit, and stops the form', async () => {
      await forEachLocale(async (locale) => {
        const form = await fixture<HTMLFormElement>(
          html`<form><bf-checkbox name="declare" required>I declare</bf-checkbox></form>`,
        );
        const el = form.querySelector('bf-checkbox')!;
        expect(el.control!.required).to.equal(true);
        expect(await attemptSubmit(form)).to.equal(false);
        const error = el.querySelector('[slot="error"]')!;
        const expected = {
          nl: 'Fout: Vink dit vakje aan om verder te gaan.',
          fr: 'Erreur : Cochez cette case pour continuer.',
          de: 'Fehler: Kreuzen Sie dieses Kästchen an, um fortzufahren.',
          en: 'Error: Tick this box to continue.',
        }[locale];
        expect(error.textContent).to.equal(expected);
        expect(el.control!.getAttribute('aria-invalid')).to.equal('true');
        expect(el.control!.getAttribute('aria-describedby')).to.include(error.id);
        expect(el.validationMessage).to.equal(expected.replace(/^[^:]+: ?/, ''));
      });
    });

    it('says nothing before a submit attempt, and clears the error once ticked', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><bf-checkbox name="declare" required>I declare</bf-checkbox></form>`,
      );
      const el = form.querySelector('bf-checkbox')!;
      el.control!.focus();
      el.control!.blur();
      await el.updateComplete;
      expect(el.querySelector('[slot="error"]')).to.equal(null);
      expect(await attemptSubmit(form)).to.equal(false);
      el.control!.click();
      await el.updateComplete;
      expect(el.querySelector('[slot="error"]')).to.equal(null);
      expect(el.control!.getAttribute('aria-invalid')).to.equal('false');
      expect(await attemptSubmit(form)).to.equal(true);
    });

    it('takes its message from the strings attribute', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <bf-checkbox name="declare" required strings='{"valueMissing": "Confirm that it is true"}'
            >I declare</bf-checkbox
          >
        </form>`,
      );
      const el = form.querySelector('bf-checkbox')!;
      await attemptSubmit(form);
      expect(el.validationMessage).to.equal('Confirm that it is true');
    });

    it('has the validity API of a native control', async () => {
      const el = await fixture<BfCheckbox>(html`<bf-checkbox required>I declare</bf-checkbox>`);
      expect(el.willValidate).to.equal(true);
      expect(el.checkValidity()).to.equal(false);
      expect(el.validity!.valueMissing).to.equal(true);
      expect(el.querySelector('[slot="error"]'), 'checkValidity shows nothing').to.equal(null);
      expect(el.reportValidity()).to.equal(false);
      await el.updateComplete;
      expect(el.querySelector('[slot="error"]')).to.not.equal(null);
      el.checked = true;
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(true);
      el.setCustomValidity('Not now');
      expect(el.checkValidity()).to.equal(false);
      expect(el.validationMessage).to.equal('Not now');
      el.setCustomValidity('');
      expect(el.checkValidity()).to.equal(true);
    });
  });

  describe('follow-up questions', () => {
    it('shows them only while ticked; hidden, they are inert, not submitted, and keep what was typed', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <bf-checkbox name="contact" value="phone"
            >By phone
            <div slot="conditional">
              <label for="phone">Phone number</label>
              <input id="phone" name="phone" required />
            </div>
          </bf-checkbox>
        </form>`,
      );
      const el = form.querySelector('bf-checkbox')!;
      const conditional = el.querySelector<HTMLElement>('[slot="conditional"]')!;
      const input = form.querySelector<HTMLInputElement>('#phone')!;
      const wrapper = el.shadowRoot!.querySelector<HTMLElement>('[part="conditional"]')!;
      expect(wrapper.hidden).to.equal(true);
      expect(conditional.getBoundingClientRect().height).to.equal(0);
      expect(conditional.inert).to.equal(true);
      // Hidden, the required phone number neither stops the form nor is sent.
      expect(form.checkValidity()).to.equal(true);

      el.control!.click();
      await el.updateComplete;
      expect(wrapper.hidden).to.equal(false);
      expect(conditional.inert).to.equal(false);
      expect(conditional.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(input.disabled).to.equal(false);
      expect(el.control!.getAttribute('aria-controls')).to.equal(conditional.id);
      input.value = '0470 12 34 56';
      expect([...new FormData(form)]).to.deep.equal([
        ['contact', 'phone'],
        ['phone', '0470 12 34 56'],
      ]);

      el.control!.click();
      await el.updateComplete;
      expect(wrapper.hidden).to.equal(true);
      expect([...new FormData(form)]).to.deep.equal([]);
      el.control!.click();
      await el.updateComplete;
      expect(input.value, 'what was typed is kept').to.equal('0470 12 34 56');
    });

    it('leaves a control the author disabled disabled', async () => {
      const el = await fixture<BfCheckbox>(
        html`<bf-checkbox
          >Other
          <div slot="conditional"><input aria-label="Locked" disabled /></div>
        </bf-checkbox>`,
      );
      el.checked = true;
      await el.updateComplete;
      expect(el.querySelector('input[aria-label]')!.matches(':disabled')).to.equal(true);
    });

    it('hides them again after a reset', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <bf-checkbox name="a"
            >A
            <div slot="conditional"><input aria-label="More" /></div>
          </bf-checkbox>
        </form>`,
      );
      const el = form.querySelector('bf-checkbox')!;
      el.checked = true;
      await el.updateComplete;
      form.reset();
      await aTimeout(10);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector<HTMLElement>('[part="conditional"]')!.hidden).to.equal(
        true,
      );
    });
  });

  describe('layout', () => {
    it('offers a target of at least 44 × 44 px that includes the label', async () => {
      const el = await fixture<BfCheckbox>(html`<bf-checkbox>x</bf-checkbox>`);
      const box = el.control!.getBoundingClientRect();
      const row = label(el).getBoundingClientRect();
      expect(row.height).to.be.at.least(44);
      expect(row.width).to.be.at.least(44);
      // The label's box covers the checkbox: a tap beside the box still ticks it.
      expect(row.left).to.be.at.most(box.left);
      expect(row.top).to.be.at.most(box.top);
      expect(row.bottom).to.be.at.least(box.bottom);
      const beside = document.elementFromPoint(row.left + 1, row.top + 1);
      expect([label(el), el.control]).to.include(beside);
    });

    it('wraps a long label at 320 px without overflowing', async () => {
      const wrapper = await fixture(
        html`<div style="inline-size: 288px">
          <bf-checkbox
            >Ik wil mijn aanslagbiljet elektronisch ontvangen via MyMinfin en
            Arbeidsongeschiktheidsverzekeringsaanvraagformulieren</bf-checkbox
          >
        </div>`,
      );
      const el = wrapper.querySelector('bf-checkbox')!;
      expect(el.scrollWidth).to.be.at.most(288);
      expect(label(el).getBoundingClientRect().right).to.be.at.most(
        wrapper.getBoundingClientRect().right,
      );
    });

    it('draws a tick when checked, and a different box', async () => {
      const el = await fixture<BfCheckbox>(html`<bf-checkbox>Tick</bf-checkbox>`);
      const before = getComputedStyle(el.control!).backgroundColor;
      el.checked = true;
      await waitUntil(() => getComputedStyle(el.control!).backgroundColor !== before);
      expect(getComputedStyle(el.control!, '::before').content).to.not.equal('none');
    });
  });
});

runCheckableControlTests({
  tag: 'bf-checkbox',
  create: ({ label: text, ...attributes }) => {
    const box = withAttributes(document.createElement('bf-checkbox'), attributes);
    box.textContent = typeof text === 'string' ? text : 'I declare that this is true';
    return box as unknown as CheckableField;
  },
  controls: (field) => [(field as unknown as BfCheckbox).control!],
  choose: async (field) => {
    field.querySelector('label')!.click();
    await field.updateComplete;
  },
  chosen: ['on'],
  makeDefault: (field) => field.setAttribute('checked', ''),
  clear: (field) => {
    (field as unknown as BfCheckbox).checked = false;
  },
  valueMissingNl: 'Vink dit vakje aan om verder te gaan.',
  saysOptional: false,
});
