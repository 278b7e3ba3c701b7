// "Only once" and presets in bf-text-field: the shared suites, then what only a text field does
// with them (the width and type a preset chooses, a known password never shown).
import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/text-field';
// The presets are an import of their own (docs/decisions/0024).
import '@belfry/components/presets';
import '@belfry/components/known-values';
import type { BfTextField } from '@belfry/components';
import { runFieldPresetTests, runKnownValueTests } from '../helpers/known-value.js';
import { settle } from '../helpers/locales.js';

runKnownValueTests('bf-text-field');
runFieldPresetTests('bf-text-field');

describe('bf-text-field presets: width and type', () => {
  async function field(attributes: string): Promise<BfTextField> {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    wrapper.innerHTML = `<bf-text-field label="Number" ${attributes}></bf-text-field>`;
    const element = wrapper.querySelector('bf-text-field')!;
    await element.updateComplete;
    await settle();
    return element;
  }

  it('is as wide as the number the preset asks for, unless the page chose a width', async () => {
    const expected = {
      nrn: 'nrn',
      'national-register-number': 'nrn',
      'enterprise-number': 'enterprise',
      iban: 'iban',
      'belgian-iban': '20',
      postcode: 'postcode',
      phone: '20',
    };
    for (const [preset, width] of Object.entries(expected)) {
      const element = await field(`preset="${preset}"`);
      expect(element.width, preset).to.equal(width);
      expect(element.getAttribute('width'), preset).to.equal(width);
    }
    const chosen = await field('preset="iban" width="full"');
    expect(chosen.width).to.equal('full');
    const wider = await field('preset="postcode" width="10"');
    expect(wider.width).to.equal('10');
  });

  it('follows a changed preset, and goes back to the full width without one', async () => {
    const element = await field('preset="postcode"');
    const narrow = element.control!.getBoundingClientRect().width;
    element.preset = 'iban';
    await element.updateComplete;
    expect(element.width).to.equal('iban');
    expect(element.control!.getBoundingClientRect().width).to.be.above(narrow);
    element.preset = '';
    await element.updateComplete;
    expect(element.width).to.equal('full');
  });

  it('asks for a phone number with the phone keyboard and autofill', async () => {
    const element = await field('preset="phone"');
    expect(element.control!.type).to.equal('tel');
    expect(element.control!.getAttribute('inputmode')).to.equal('tel');
    expect(element.control!.autocomplete).to.equal('tel');
    const typed = await field('preset="phone" type="email"');
    expect(typed.control!.type, 'a type the page chose stays').to.equal('email');
  });

  it('never shows a known password as text', async () => {
    const element = await field('type="password" value="s3cret!" source="Your old password"');
    const known = element.querySelector('[data-bf-field="known"]');
    expect(known?.textContent).to.equal('•••••••');
    expect(element.textContent).to.not.contain('s3cret!');
  });
});
