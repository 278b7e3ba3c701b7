import { expect, fixture, html } from '@open-wc/testing';
import { axeViolations, expectAccessible } from './a11y.js';

// These tests prove the accessibility gate can go red: every component test relies on it.
describe('expectAccessible', () => {
  it('passes an accessible fixture', async () => {
    const el = await fixture(html`<div><button type="button">Send</button></div>`);
    await expectAccessible(el);
  });

  it('fails on a button without an accessible name, naming the rule', async () => {
    const el = await fixture(html`<div><button type="button"></button></div>`);
    let message = '';
    try {
      await expectAccessible(el);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).to.contain('button-name');
    expect(message).to.contain('1 accessibility violation(s)');
    expect(message).to.contain('wcag412');
  });

  it('looks inside shadow roots', async () => {
    const el = await fixture(html`<div></div>`);
    const root = el.attachShadow({ mode: 'open' });
    const unlabelled = document.createElement('input');
    unlabelled.type = 'text';
    root.append(unlabelled);
    const ids = (await axeViolations(el)).map((violation) => violation.id);
    expect(ids).to.include('label');
  });

  it('fails on text below 4.5:1 contrast', async () => {
    const el = await fixture(
      html`<p style="color: #949494; background: #ffffff; font-size: 1rem">Pale text</p>`,
    );
    const ids = (await axeViolations(el)).map((violation) => violation.id);
    expect(ids).to.include('color-contrast');
  });

  it('holds to AAA contrast only when asked', async () => {
    // #707070 on white is about 4.95:1: AA passes, AAA (7:1) fails.
    const el = await fixture(
      html`<p style="color: #707070; background: #ffffff; font-size: 1rem">Grey text</p>`,
    );
    await expectAccessible(el);
    const ids = (await axeViolations(el, { extraTags: ['wcag2aaa'] })).map(
      (violation) => violation.id,
    );
    expect(ids).to.include('color-contrast-enhanced');
  });
});
