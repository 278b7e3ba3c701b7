// bf-error-summary with the form-control core: Belfry fields (here core's test field, whose
// native control lives in its light DOM) and native controls in one form. Core's `watchForm`
// reports a failed submit with one `bf-form-invalid`; the summary handles it.
import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/error-summary';
import type { BfErrorSummary } from '@belfry/components';
import '../core/form-control-field.js';
import { forEachLocale, settle } from '../helpers/locales.js';

const links = (summary: BfErrorSummary) =>
  [...summary.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="link"]')].map((link) => ({
    text: link.textContent!.trim(),
    href: link.getAttribute('href'),
  }));

async function attempt(form: HTMLFormElement, summary: BfErrorSummary): Promise<void> {
  form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await new Promise((resolve) => setTimeout(resolve));
  await new Promise((resolve) => setTimeout(resolve));
  await summary.updateComplete;
}

describe('bf-error-summary with Belfry fields', () => {
  it("lists a Belfry field's own message, in the page's language, linked to its native control", async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <bf-error-summary></bf-error-summary>
        <test-field label="Gemeente" name="municipality" required></test-field>
        <label for="street">Straat</label>
        <input id="street" name="street" required />
        <button type="submit">Verzenden</button>
      </form>`,
    );
    const summary = form.querySelector('bf-error-summary')!;
    const field = form.querySelector('test-field')!;
    await field.updateComplete;
    const control = field.querySelector('input')!;
    await forEachLocale(async (locale) => {
      await settle();
      await attempt(form, summary);
      const [first, second] = links(summary);
      // The field's message comes from core, in the page's language, and is its own link text.
      expect(first, locale).to.deep.equal({
        text: control.validationMessage,
        href: `#${control.id}`,
      });
      expect(control.validity.customError, locale).to.equal(true);
      expect(second!.href, locale).to.equal('#street');
    });
  });

  it('handles each failed attempt once, and keeps the browser bubble away from native controls', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <bf-error-summary></bf-error-summary>
        <input id="street" aria-label="Straat" required />
        <button type="submit">Verzenden</button>
      </form>`,
    );
    const summary = form.querySelector('bf-error-summary')!;
    const input = form.querySelector('input')!;
    const seen: { prevented: boolean }[] = [];
    const invalid: boolean[] = [];
    form.addEventListener('bf-form-invalid', (event) =>
      seen.push({ prevented: event.defaultPrevented }),
    );
    input.addEventListener('invalid', (event) =>
      setTimeout(() => invalid.push(event.defaultPrevented)),
    );
    await attempt(form, summary);
    expect(seen).to.deep.equal([{ prevented: true }]);
    expect(invalid, 'no browser bubble: the invalid event was handled').to.deep.equal([true]);
    expect(links(summary)).to.have.length(1);
  });

  it('leaves the browser bubble, and core its focus, to a form whose summary is gone', async () => {
    const page = await fixture(
      html`<div>
        <bf-error-summary for="move"></bf-error-summary>
        <form id="move">
          <input id="street" aria-label="Straat" required />
          <button type="submit">Verzenden</button>
        </form>
      </div>`,
    );
    const summary = page.querySelector('bf-error-summary')!;
    const form = page.querySelector('form')!;
    await summary.updateComplete;
    summary.remove();
    const invalid: boolean[] = [];
    const reported: boolean[] = [];
    form.addEventListener(
      'invalid',
      (event) => setTimeout(() => invalid.push(event.defaultPrevented)),
      true,
    );
    form.addEventListener('bf-form-invalid', (event) =>
      setTimeout(() => reported.push(event.defaultPrevented)),
    );
    await attempt(form, summary);
    await new Promise((resolve) => setTimeout(resolve));
    expect(invalid).to.deep.equal([false]);
    expect(reported).to.deep.equal([false]);
  });
});
