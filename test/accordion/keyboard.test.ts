// Keyboard and focus: this file runs one page at a time (its name ends in keyboard.test.ts), so
// that the page has focus while keys are pressed.
import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/accordion';
import type { BfAccordion, BfAccordionItem } from '@belfry/components';
import {
  expectTabOrder,
  focusOn,
  hasFocus,
  press,
  pressAndExpectFocus,
} from '../helpers/keyboard.js';

const button = (item: BfAccordionItem) =>
  item.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
const toggleAll = (accordion: BfAccordion) =>
  accordion.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle-all"]')!;

async function accordion(): Promise<[BfAccordion, BfAccordionItem[]]> {
  const element = await fixture<BfAccordion>(
    html`<bf-accordion>
      <bf-accordion-item heading="Who can apply"
        ><p>Every resident. <a href="#rules">The rules</a></p></bf-accordion-item
      >
      <bf-accordion-item heading="What you need"><p>Your eID.</p></bf-accordion-item>
    </bf-accordion>`,
  );
  const items = [...element.querySelectorAll('bf-accordion-item')];
  await Promise.all(items.map((item) => item.updateComplete));
  return [element, items];
}

describe('bf-accordion with the keyboard', () => {
  it('stops Tab at "Show all sections" and at each heading, not in closed sections', async () => {
    const [element, [first, second]] = await accordion();
    await expectTabOrder([toggleAll(element), button(first!), button(second!)]);
  });

  it('reaches the content of an open section with Tab', async () => {
    const [element, [first, second]] = await accordion();
    first!.open = true;
    await first!.updateComplete;
    await expectTabOrder([
      toggleAll(element),
      button(first!),
      first!.querySelector('a')!,
      button(second!),
    ]);
  });

  for (const key of ['Enter', ' ']) {
    it(`opens and closes a section with ${key === ' ' ? 'Space' : key}, keeping focus`, async () => {
      const [, [first]] = await accordion();
      focusOn(button(first!));
      await press(key);
      await first!.updateComplete;
      expect(first!.open).to.equal(true);
      expect(button(first!).getAttribute('aria-expanded')).to.equal('true');
      expect(hasFocus(button(first!))).to.equal(true);
      await press(key);
      await first!.updateComplete;
      expect(first!.open).to.equal(false);
    });
  }

  it('opens every section with Enter on "Show all sections", and focus stays on it', async () => {
    const [element, items] = await accordion();
    focusOn(toggleAll(element));
    await press('Enter');
    await Promise.all(items.map((item) => item.updateComplete));
    await element.updateComplete;
    expect(items.every((item) => item.open)).to.equal(true);
    expect(toggleAll(element).getAttribute('aria-expanded')).to.equal('true');
    expect(hasFocus(toggleAll(element))).to.equal(true);
    await pressAndExpectFocus('Tab', button(items[0]!));
  });

  it('shows a solid focus ring of at least 2 px on a heading', async () => {
    const [element, [first]] = await accordion();
    focusOn(toggleAll(element));
    await pressAndExpectFocus('Tab', button(first!));
    const style = getComputedStyle(button(first!));
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});
