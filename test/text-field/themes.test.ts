import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '@belfry/components/text-field';
import type { BfTextField } from '@belfry/components';
import { computedColor, loadTokenStylesheet, themes, tokenValues } from '../helpers/token-build.js';

const isChromium = !navigator.userAgent.includes('Firefox');
const box = (field: BfTextField) => field.shadowRoot!.querySelector<HTMLElement>('.box')!;

/** A field with an error shown, a prefix and a hint, in `theme`. */
async function themedField(theme: string): Promise<BfTextField> {
  const wrapper = await fixture<HTMLElement>(
    html`<form data-bf-theme=${theme} lang="en">
      <bf-text-field label="Amount" hint="In euro" prefix="€" required></bf-text-field>
    </form>`,
  );
  const field = wrapper.querySelector('bf-text-field')!;
  await field.updateComplete;
  field.reportValidity();
  await field.updateComplete;
  return field;
}

describe('bf-text-field with the token themes', () => {
  let link: HTMLLinkElement;
  before(async () => {
    link = await loadTokenStylesheet();
  });
  after(() => link.remove());

  it('takes its colours from the tokens in every theme, and the federal ones without the CSS', async () => {
    const values = await tokenValues();
    for (const theme of themes) {
      const field = await themedField(theme);
      const token = (name: string) => computedColor(values[theme]![name]!);
      const error = field.querySelector('[slot="error"]')!;
      const hint = field.querySelector('[slot="hint"]')!;
      const prefix = field.querySelector('[slot="prefix"]')!;
      expect(getComputedStyle(error).color, `${theme} error`).to.equal(
        token('--bf-color-error-text'),
      );
      expect(getComputedStyle(hint).color, `${theme} hint`).to.equal(
        token('--bf-color-text-muted'),
      );
      expect(getComputedStyle(box(field)).borderTopColor, `${theme} invalid border`).to.equal(
        token('--bf-color-error-border'),
      );
      expect(getComputedStyle(prefix).backgroundColor, `${theme} prefix`).to.equal(
        token('--bf-color-surface-subtle'),
      );
      if (theme === 'federal') {
        link.disabled = true;
        expect(getComputedStyle(error).color, 'federal without the token CSS').to.equal(
          token('--bf-color-error-text'),
        );
        link.disabled = false;
      }
    }
  });

  it('shows an error by a thicker border too, not by colour alone', async () => {
    const field = await themedField('federal');
    const invalid = getComputedStyle(box(field)).boxShadow;
    expect(invalid, 'an inset line doubles the border').to.contain('inset');
  });

  it('follows its component tokens set on an ancestor', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="--bf-text-field-affix-bg: rgb(1, 2, 3)">
        <bf-text-field label="Amount" prefix="€"></bf-text-field>
      </div>`,
    );
    const field = wrapper.querySelector('bf-text-field')!;
    await field.updateComplete;
    expect(getComputedStyle(field.querySelector('[slot="prefix"]')!).backgroundColor).to.equal(
      'rgb(1, 2, 3)',
    );
  });

  it('reflows at 320 px: nothing wider than the screen', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="inline-size: 320px; overflow: auto" lang="nl-BE">
        <bf-text-field
          label="IBAN-rekeningnummer van uw bank"
          width="iban"
          prefix="€"
          suffix="per maand"
        ></bf-text-field>
        <bf-text-field label="Wachtwoord" type="password" width="30"></bf-text-field>
      </div>`,
    );
    for (const field of wrapper.querySelectorAll('bf-text-field')) await field.updateComplete;
    expect(wrapper.scrollWidth).to.be.at.most(320);
  });

  describe('in forced-colours mode', () => {
    before(function () {
      if (!isChromium) this.skip();
    });
    afterEach(async () => {
      if (isChromium) await executeServerCommand('emulate-forced-colors', { value: 'none' });
    });

    it('keeps a visible border, a thicker one for an error, and the focus ring', async () => {
      await executeServerCommand('emulate-forced-colors', { value: 'active' });
      const field = await themedField('federal');
      const style = getComputedStyle(box(field));
      expect(style.borderTopStyle).to.equal('solid');
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(2);
      field.focus();
      const focused = getComputedStyle(box(field));
      expect(focused.outlineStyle).to.equal('solid');
      expect(parseFloat(focused.outlineWidth)).to.be.at.least(2);
    });
  });
});
