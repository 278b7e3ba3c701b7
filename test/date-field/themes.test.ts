import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '@belfry/components/date-field';
import type { BfDateField } from '@belfry/components';
import { loadTokenStylesheet } from '../helpers/token-build.js';
import { settle } from '../helpers/locales.js';
import { box } from './fixture.js';

describe('<bf-date-field> colours and tokens', () => {
  let tokenCss: HTMLLinkElement;
  before(async () => {
    tokenCss = await loadTokenStylesheet();
  });
  after(() => tokenCss.remove());

  async function draw(theme: string, style = '', state: '' | 'error' | 'disabled' = '') {
    // The server's error is written inside the element from the start, as a server does.
    const field =
      state === 'error'
        ? html`<bf-date-field label="Date of birth" name="birth"
            ><p slot="error">Not a date.</p></bf-date-field
          >`
        : html`<bf-date-field
            label="Date of birth"
            name="birth"
            ?disabled=${state === 'disabled'}
          ></bf-date-field>`;
    const wrapper = await fixture(
      html`<div data-bf-theme=${theme} style=${style}><form>${field}</form></div>`,
    );
    const element = wrapper.querySelector<BfDateField>('bf-date-field')!;
    await element.updateComplete;
    await settle();
    return element;
  }

  it('takes the field colours of the theme, and the error colour for boxes in error', async () => {
    const federal = getComputedStyle(box(await draw('federal'), 'day'));
    const dark = getComputedStyle(box(await draw('dark'), 'day'));
    expect(federal.backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(dark.backgroundColor).to.not.equal(federal.backgroundColor);
    const error = getComputedStyle(box(await draw('federal', '', 'error'), 'day'));
    expect(error.borderTopColor).to.equal('rgb(179, 38, 30)');
    expect(error.borderTopColor).to.not.equal(federal.borderTopColor);
  });

  it('follows its width and gap tokens', async () => {
    const field = await draw(
      'federal',
      '--bf-date-field-year-width: 8rem; --bf-date-field-gap: 2rem',
    );
    expect(box(field, 'year').getBoundingClientRect().width).to.equal(128);
    const parts = field.shadowRoot!.querySelector('[part="parts"]')!;
    expect(getComputedStyle(parts).columnGap).to.equal('32px');
  });

  it('uses system colours in forced-colours mode, a thicker border for a box in error', async function () {
    if (navigator.userAgent.includes('Firefox')) this.skip(); // emulation is Chromium's
    await executeServerCommand('emulate-forced-colors', { value: 'active' });
    try {
      const day = getComputedStyle(box(await draw('federal', '', 'error'), 'day'));
      expect(parseFloat(day.borderTopWidth)).to.equal(2);
      const disabled = getComputedStyle(box(await draw('federal', '', 'disabled'), 'day'));
      expect(disabled.borderTopColor, 'GrayText, not FieldText').to.not.equal(day.borderTopColor);
    } finally {
      await executeServerCommand('emulate-forced-colors', { value: 'none' });
    }
  });
});
