import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/error-summary';
import '@belfry/components/button';
import { registerStrings, type BfErrorSummary } from '@belfry/components';
import { forEachLocale, settle } from '../helpers/locales.js';
import { warningsDuring as warningsOf } from '../helpers/warnings.js';

// Focus (where it lands after a failed submit, and after following a link) is tested in
// keyboard.test.ts, which runs one page at a time.

const base = (summary: BfErrorSummary) =>
  summary.shadowRoot!.querySelector<HTMLElement>('[part="base"]');
const links = (summary: BfErrorSummary) =>
  [...summary.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="link"]')].map((link) => ({
    text: link.textContent!.trim(),
    href: link.getAttribute('href'),
  }));
const isShown = (summary: BfErrorSummary) => summary.getBoundingClientRect().height > 0;

/** Clicks `button` and waits until the summary has shown what the attempt found. */
async function submitWith(button: HTMLElement, summary: BfErrorSummary): Promise<void> {
  button.click();
  await new Promise((resolve) => setTimeout(resolve));
  await new Promise((resolve) => setTimeout(resolve));
  await summary.updateComplete;
}

/** A form with a summary inside it, two required fields and a submit button. */
async function applicationForm() {
  const form = await fixture<HTMLFormElement>(
    html`<form lang="en" @submit=${(event: Event) => event.preventDefault()}>
      <bf-error-summary></bf-error-summary>
      <label for="name">Full name</label>
      <input id="name" name="name" required />
      <label for="email">Email address</label>
      <input id="email" name="email" type="email" required />
      <button type="submit">Send</button>
      <button type="reset">Clear</button>
    </form>`,
  );
  const summary = form.querySelector('bf-error-summary')!;
  await summary.updateComplete;
  const [name, email] = [...form.querySelectorAll('input')] as [HTMLInputElement, HTMLInputElement];
  const [submit, reset] = [...form.querySelectorAll('button')] as [
    HTMLButtonElement,
    HTMLButtonElement,
  ];
  return { form, summary, name, email, submit, reset };
}

describe('bf-error-summary', () => {
  describe('before a submit attempt', () => {
    it('shows nothing and takes no room', async () => {
      const { summary } = await applicationForm();
      expect(isShown(summary)).to.equal(false);
      // Not only out of sight: out of the accessibility tree, and never focused.
      expect(getComputedStyle(base(summary)!).display).to.equal('none');
    });

    it('shows nothing when it holds only white space', async () => {
      const summary = await fixture<BfErrorSummary>(html`<bf-error-summary> </bf-error-summary>`);
      await settle();
      expect(isShown(summary)).to.equal(false);
    });
  });

  describe('after a failed submit', () => {
    it('lists every invalid field in page order, each linked by its id', async () => {
      const { summary, name, email, submit } = await applicationForm();
      name.setCustomValidity('Enter your full name');
      email.setCustomValidity('Enter your email address');
      await submitWith(submit, summary);
      expect(isShown(summary)).to.equal(true);
      expect(links(summary)).to.deep.equal([
        { text: 'Enter your full name', href: '#name' },
        { text: 'Enter your email address', href: '#email' },
      ]);
    });

    it("puts the field's label before the browser's own message, which does not name the field", async () => {
      const { summary, email, submit } = await applicationForm();
      email.value = 'not an address';
      await submitWith(submit, summary);
      const name = summary.form!.elements.namedItem('name') as HTMLInputElement;
      expect(links(summary)).to.deep.equal([
        { text: `Full name: ${name.validationMessage}`, href: '#name' },
        { text: `Email address: ${email.validationMessage}`, href: '#email' },
      ]);
      expect(name.validationMessage).to.not.equal('');
    });

    it('heads the list with a real heading, level 2 by default, in a region it names', async () => {
      const { summary, name, submit } = await applicationForm();
      name.setCustomValidity('Enter your full name');
      await submitWith(submit, summary);
      const heading = summary.shadowRoot!.querySelector('[part="heading"]')!;
      expect(heading.localName).to.equal('h2');
      expect(heading.textContent).to.equal('There is a problem');
      expect(base(summary)!.getAttribute('role')).to.equal('region');
      expect(base(summary)!.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(base(summary)!.tabIndex).to.equal(-1);
    });

    it('gives one link for a group of radio buttons, named by its legend', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form lang="en">
          <bf-error-summary></bf-error-summary>
          <fieldset>
            <legend>How do you want to be contacted?</legend>
            <input type="radio" id="by-mail" name="contact" value="mail" required />
            <label for="by-mail">By post</label>
            <input type="radio" id="by-email" name="contact" value="email" />
            <label for="by-email">By email</label>
          </fieldset>
          <button type="submit">Send</button>
        </form>`,
      );
      const summary = form.querySelector('bf-error-summary')!;
      await submitWith(form.querySelector('button')!, summary);
      const [only, ...rest] = links(summary);
      expect(rest).to.deep.equal([]);
      expect(only!.href).to.equal('#by-mail');
      expect(only!.text).to.match(/^How do you want to be contacted\?: \S/);
    });

    it('gives a field without an id one, so that its link can point at it', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <bf-error-summary></bf-error-summary>
          <label>Postcode <input name="postcode" required /></label>
          <button type="submit">Send</button>
        </form>`,
      );
      const summary = form.querySelector('bf-error-summary')!;
      const input = form.querySelector('input')!;
      input.setCustomValidity('Enter your postcode');
      await submitWith(form.querySelector('button')!, summary);
      expect(input.id).to.match(/^bf-error-target-\d+$/);
      expect(links(summary)).to.deep.equal([{ text: 'Enter your postcode', href: `#${input.id}` }]);
    });

    it('lists the errors again on the next attempt, with only those that remain', async () => {
      const { summary, name, email, submit } = await applicationForm();
      name.setCustomValidity('Enter your full name');
      email.setCustomValidity('Enter your email address');
      await submitWith(submit, summary);
      name.setCustomValidity('');
      name.value = 'An Peeters';
      await submitWith(submit, summary);
      expect(links(summary).map((link) => link.text)).to.deep.equal(['Enter your email address']);
    });

    it('hides once the form is sent, and when it is reset', async () => {
      const { summary, name, email, submit, reset } = await applicationForm();
      name.setCustomValidity('Enter your full name');
      await submitWith(submit, summary);
      expect(isShown(summary)).to.equal(true);
      name.setCustomValidity('');
      name.value = 'An Peeters';
      email.value = 'an@example.be';
      await submitWith(submit, summary);
      expect(isShown(summary)).to.equal(false);

      name.value = '';
      await submitWith(submit, summary);
      expect(isShown(summary)).to.equal(true);
      reset.click();
      await summary.updateComplete;
      expect(isShown(summary)).to.equal(false);
    });

    it('also works through a bf-button that submits the form', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <bf-error-summary></bf-error-summary>
          <input id="city" aria-label="City" required />
          <bf-button type="submit">Send</bf-button>
        </form>`,
      );
      const summary = form.querySelector('bf-error-summary')!;
      form.querySelector('input')!.setCustomValidity('Enter your city');
      await submitWith(form.querySelector('bf-button')!, summary);
      expect(links(summary)).to.deep.equal([{ text: 'Enter your city', href: '#city' }]);
    });

    it('ignores checkValidity() and a submit without validation', async () => {
      const { form, summary, name } = await applicationForm();
      name.setCustomValidity('Enter your full name');
      form.checkValidity();
      const draft = document.createElement('button');
      draft.type = 'submit';
      draft.formNoValidate = true;
      form.append(draft);
      await submitWith(draft, summary);
      expect(isShown(summary)).to.equal(false);
    });
  });

  describe('which form it belongs to', () => {
    it('lists the errors of the form named by `for`, and no other', async () => {
      const page = await fixture(
        html`<div lang="nl">
          <bf-error-summary for="move"></bf-error-summary>
          <form id="move" @submit=${(event: Event) => event.preventDefault()}>
            <input id="street" aria-label="Straat" required />
            <button type="submit">Verzenden</button>
          </form>
          <form id="search" @submit=${(event: Event) => event.preventDefault()}>
            <input id="query" aria-label="Zoeken" required />
            <button type="submit">Zoeken</button>
          </form>
        </div>`,
      );
      const summary = page.querySelector('bf-error-summary')!;
      const [move, search] = [...page.querySelectorAll('form')] as [
        HTMLFormElement,
        HTMLFormElement,
      ];
      expect(summary.form).to.equal(move);
      page.querySelector<HTMLInputElement>('#street')!.setCustomValidity('Vul uw straat in');
      page.querySelector<HTMLInputElement>('#query')!.setCustomValidity('Vul een zoekterm in');
      await submitWith(search.querySelector('button')!, summary);
      expect(isShown(summary)).to.equal(false);
      await submitWith(move.querySelector('button')!, summary);
      expect(links(summary)).to.deep.equal([{ text: 'Vul uw straat in', href: '#street' }]);
    });

    it('warns when `for` names no form', async () => {
      const warnings = await warningsOf(async () => {
        const summary = await fixture<BfErrorSummary>(
          html`<bf-error-summary for="nowhere"></bf-error-summary>`,
        );
        await new Promise((resolve) => setTimeout(resolve));
        expect(summary.form).to.equal(null);
      });
      expect(warnings.join('\n')).to.match(/for="nowhere" names no <form>/);
    });
  });

  describe('its heading', () => {
    it('is in the language of the page', async () => {
      const heading = {
        nl: 'Er is een probleem',
        fr: 'Il y a un problème',
        de: 'Es gibt ein Problem',
        en: 'There is a problem',
      };
      const summary = await fixture<BfErrorSummary>(
        html`<bf-error-summary .errors=${[{ message: 'x', target: 'x' }]}></bf-error-summary>`,
      );
      await forEachLocale(async (locale) => {
        await settle();
        await summary.updateComplete;
        const element = summary.shadowRoot!.querySelector('[part="heading"]')!;
        expect(element.textContent, locale).to.equal(heading[locale]);
        expect(element.hasAttribute('lang'), locale).to.equal(false);
      });
    });

    it('is marked as English on a page in a language Belfry has no text for', async () => {
      const wrapper = await fixture(
        html`<div lang="es">
          <bf-error-summary
            .errors=${[{ message: 'Falta el nombre', target: 'name' }]}
          ></bf-error-summary>
        </div>`,
      );
      const summary = wrapper.querySelector('bf-error-summary')!;
      await summary.updateComplete;
      const element = summary.shadowRoot!.querySelector('[part="heading"]')!;
      expect(element.getAttribute('lang')).to.equal('en');
      // The messages are the page's own text, in the page's language.
      expect(summary.shadowRoot!.querySelector('[part="link"]')!.closest('[lang]')).to.equal(null);
    });

    it('takes the text of `heading` and the level of `heading-level`', async () => {
      const summary = await fixture<BfErrorSummary>(
        html`<bf-error-summary
          heading="Controleer uw antwoorden"
          heading-level="3"
          .errors=${[{ message: 'x', target: 'x' }]}
        ></bf-error-summary>`,
      );
      const element = summary.shadowRoot!.querySelector('[part="heading"]')!;
      expect(element.localName).to.equal('h3');
      expect(element.textContent).to.equal('Controleer uw antwoorden');
      for (const level of [1, 4, 5, 6] as const) {
        summary.headingLevel = level;
        await summary.updateComplete;
        expect(summary.shadowRoot!.querySelector('[part="heading"]')!.localName).to.equal(
          `h${level}`,
        );
      }
    });

    it('falls back to level 2, with a warning, for a level that is not 1 to 6', async () => {
      let summary!: BfErrorSummary;
      const warnings = await warningsOf(async () => {
        summary = await fixture<BfErrorSummary>(
          html`<bf-error-summary
            heading-level="7"
            .errors=${[{ message: 'x', target: 'x' }]}
          ></bf-error-summary>`,
        );
      });
      expect(summary.shadowRoot!.querySelector('[part="heading"]')!.localName).to.equal('h2');
      expect(warnings.join('\n')).to.match(/heading-level="7" is not 1 to 6/);
    });

    it('follows text registered for the page', async () => {
      registerStrings('nl', { 'bf-error-summary': { heading: 'Er ging iets mis' } });
      try {
        const wrapper = await fixture(
          html`<div lang="nl">
            <bf-error-summary .errors=${[{ message: 'x', target: 'x' }]}></bf-error-summary>
          </div>`,
        );
        const summary = wrapper.querySelector('bf-error-summary')!;
        await summary.updateComplete;
        expect(summary.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal(
          'Er ging iets mis',
        );
      } finally {
        registerStrings('nl', { 'bf-error-summary': { heading: 'Er is een probleem' } });
      }
    });
  });

  describe('errors set by the page', () => {
    it('shows the errors given, by element or by id, and hides when they are cleared', async () => {
      const wrapper = await fixture(
        html`<div>
          <bf-error-summary></bf-error-summary>
          <input id="iban" aria-label="IBAN" />
          <input aria-label="BIC" />
        </div>`,
      );
      const summary = wrapper.querySelector('bf-error-summary')!;
      const bic = wrapper.querySelectorAll('input')[1]!;
      summary.errors = [
        { message: 'This account number is not valid', target: 'iban' },
        { message: 'Enter the BIC of your bank', target: bic },
      ];
      await summary.updateComplete;
      expect(links(summary)).to.deep.equal([
        { text: 'This account number is not valid', href: '#iban' },
        { text: 'Enter the BIC of your bank', href: `#${bic.id}` },
      ]);
      summary.clear();
      await summary.updateComplete;
      expect(isShown(summary)).to.equal(false);
    });

    it('shows nothing for errors that are not a list', async () => {
      const summary = await fixture<BfErrorSummary>(html`<bf-error-summary></bf-error-summary>`);
      summary.errors = null as unknown as [];
      await summary.updateComplete;
      expect(isShown(summary)).to.equal(false);
    });

    it('skips errors without a message, and renders markup in a message as text', async () => {
      const summary = await fixture<BfErrorSummary>(html`<bf-error-summary></bf-error-summary>`);
      summary.errors = [
        { message: '  ', target: 'a' },
        null as unknown as { message: string; target: string },
        { message: '<img src=x onerror=alert(1)>', target: 'b' },
      ];
      await summary.updateComplete;
      expect(links(summary)).to.deep.equal([{ text: '<img src=x onerror=alert(1)>', href: '#b' }]);
      expect(summary.shadowRoot!.querySelector('img')).to.equal(null);
    });
  });

  describe('errors written by the server', () => {
    it('shows them in its box, under its heading', async () => {
      const summary = await fixture<BfErrorSummary>(
        html`<bf-error-summary lang="nl">
          <ul>
            <li><a href="#nrn">Vul uw rijksregisternummer in</a></li>
          </ul>
        </bf-error-summary>`,
      );
      expect(isShown(summary)).to.equal(true);
      const slot = summary.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements().map((element) => element.localName)).to.deep.equal(['ul']);
      expect(summary.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal(
        'Er is een probleem',
      );
    });

    it('replaces them with the errors of the next attempt', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form lang="nl" @submit=${(event: Event) => event.preventDefault()}>
          <bf-error-summary
            ><ul>
              <li><a href="#nrn">Vul uw rijksregisternummer in</a></li>
            </ul></bf-error-summary
          >
          <input id="nrn" aria-label="Rijksregisternummer" value="85073003328" />
          <input id="postcode" aria-label="Postcode" required />
          <button type="submit">Verzenden</button>
        </form>`,
      );
      const summary = form.querySelector('bf-error-summary')!;
      form.querySelector<HTMLInputElement>('#postcode')!.setCustomValidity('Vul uw postcode in');
      await submitWith(form.querySelector('button')!, summary);
      expect(summary.shadowRoot!.querySelector('slot')).to.equal(null);
      expect(links(summary)).to.deep.equal([{ text: 'Vul uw postcode in', href: '#postcode' }]);
    });
  });
});
