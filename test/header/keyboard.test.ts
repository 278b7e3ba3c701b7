// The Menu button as a keyboard user meets it at 320 px: open, into the links, Escape, back.
import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/header';
import type { BfHeader } from '@belfry/components';
import {
  expectTabOrder,
  focusOn,
  hasFocus,
  press,
  pressAndExpectFocus,
} from '../helpers/keyboard.js';
import { account, agency, narrow, navigation, wide } from './content.js';

const menuButton = (header: BfHeader) =>
  header.shadowRoot!.querySelector<HTMLButtonElement>('[part="menu-button"]')!;
const toggle = (header: BfHeader) =>
  header.shadowRoot!.querySelector<HTMLElement>('[part="identity-toggle"]')!;

async function header(style: string): Promise<BfHeader> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang="nl-BE" style=${style}>
      <bf-header>${agency}${account}${navigation}</bf-header>
    </div>`,
  );
  const element = wrapper.querySelector('bf-header')!;
  await element.updateComplete;
  await element.updateComplete;
  return element;
}

const links = (element: BfHeader) => [...element.querySelectorAll('ul a')];
/** The header's own language switcher (nothing is slotted): a stop per language. */
const languages = (element: BfHeader) => {
  const switcher = element.shadowRoot!.querySelector('bf-language-switcher')!;
  return Array.from({ length: 4 }, () => switcher);
};

describe('bf-header with the keyboard', () => {
  describe('at 320 px', () => {
    it('tabs to the toggle, the agency, the four languages, the account and the Menu button; the closed menu has no stops', async function () {
      // Eighteen and more real key presses, both ways: slow on a busy machine.
      this.timeout(20_000);
      const element = await header(narrow);
      await expectTabOrder([
        toggle(element),
        element.querySelector('[slot="agency"]')!,
        ...languages(element),
        element.querySelector('[slot="account"]')!,
        menuButton(element),
      ]);
    });

    it('Enter opens the menu; focus stays on the button, and Tab goes on to the first link', async () => {
      const element = await header(narrow);
      const button = menuButton(element);
      focusOn(button);
      await press('Enter');
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(hasFocus(button), 'focus stays on the button, which now says "expanded"').to.equal(
        true,
      );
      await pressAndExpectFocus('Tab', links(element)[0]!);
      await pressAndExpectFocus('Tab', links(element)[1]!);
    });

    it('Escape on a link closes the menu and brings focus back to the Menu button', async () => {
      const element = await header(narrow);
      const button = menuButton(element);
      focusOn(button);
      await press('Enter');
      await element.updateComplete;
      await pressAndExpectFocus('Tab', links(element)[0]!);
      await pressAndExpectFocus('Tab', links(element)[1]!);
      await pressAndExpectFocus('Escape', button);
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(element.menuOpen).to.equal(false);
      expect(links(element)[1]!.checkVisibility(), 'the links are hidden again').to.equal(false);
    });

    it('Space toggles the menu, and Escape on the button closes it', async () => {
      const element = await header(narrow);
      const button = menuButton(element);
      focusOn(button);
      await press(' ');
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      await press(' ');
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      await press(' ');
      await element.updateComplete;
      await pressAndExpectFocus('Escape', button);
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('Escape with the menu closed does nothing (a dialog around the page may use it)', async () => {
      const element = await header(narrow);
      let reachedPage = false;
      const listener = (event: KeyboardEvent) => {
        if (event.key === 'Escape') reachedPage = !event.defaultPrevented;
      };
      document.addEventListener('keydown', listener);
      try {
        focusOn(menuButton(element));
        await press('Escape');
      } finally {
        document.removeEventListener('keydown', listener);
      }
      expect(reachedPage).to.equal(true);
    });

    it('Enter on "How do you know?" opens and closes the explanation', async () => {
      const element = await header(narrow);
      const details = element.shadowRoot!.querySelector('details')!;
      focusOn(toggle(element));
      await press('Enter');
      expect(details.open).to.equal(true);
      await press('Enter');
      expect(details.open).to.equal(false);
    });
  });

  describe('in a wide header', () => {
    it('tabs from the tools straight to the navigation links: there is no Menu button', async function () {
      // Eighteen and more real key presses, both ways: slow on a busy machine.
      this.timeout(20_000);
      const element = await header(wide);
      await expectTabOrder([
        toggle(element),
        element.querySelector('[slot="agency"]')!,
        ...languages(element),
        element.querySelector('[slot="account"]')!,
        ...links(element),
      ]);
    });

    it('Escape on a link leaves focus where it is', async () => {
      const element = await header(wide);
      element.menuOpen = true;
      await element.updateComplete;
      focusOn(links(element)[0]!);
      await pressAndExpectFocus('Escape', links(element)[0]!);
    });
  });
});
