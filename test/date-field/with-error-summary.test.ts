// bf-date-field with bf-error-summary: a failed submit lists the date's message, in the page's
// language, linked to the first box in error, and the link takes the citizen there.
import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/date-field';
import '@belfry/components/error-summary';
import type { BfErrorSummary } from '@belfry/components';
import { settle } from '../helpers/locales.js';
import { box } from './fixture.js';

const links = (summary: BfErrorSummary) =>
  [...summary.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="link"]')].map((link) => ({
    text: link.textContent!.trim(),
    href: link.getAttribute('href'),
  }));

describe('bf-date-field with bf-error-summary', () => {
  it('is listed with its message, linked to the first box in error, which the link focuses', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form lang="nl-BE">
        <bf-error-summary></bf-error-summary>
        <bf-date-field
          label="Geboortedatum"
          name="birth"
          date-name="uw geboortedatum"
          required
        ></bf-date-field>
        <button type="submit">Verzenden</button>
      </form>`,
    );
    const summary = form.querySelector('bf-error-summary')!;
    const field = form.querySelector('bf-date-field')!;
    await field.updateComplete;
    await settle();
    box(field, 'day').value = '27';
    box(field, 'month').value = '3';
    box(field, 'month').dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    form.querySelector('button')!.click();
    await new Promise((resolve) => setTimeout(resolve));
    await settle();
    await summary.updateComplete;
    const year = box(field, 'year');
    expect(links(summary)).to.deep.equal([
      { text: 'Uw geboortedatum moet een jaar bevatten.', href: `#${year.id}` },
    ]);
    year.blur();
    summary.shadowRoot!.querySelector<HTMLAnchorElement>('[part="link"]')!.click();
    await settle();
    expect(document.activeElement === year, 'the link focuses the year box').to.equal(true);
  });
});
