import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { nothing } from 'lit';
import '@belfry/components/header';
import type { BfHeader } from '@belfry/components';
import { forEachLocale, settle } from '../helpers/locales.js';
import { loadTokenStylesheet } from '../helpers/token-build.js';
import { account, agency, headerText, narrow, navigation, wide } from './content.js';
import { warningsDuring as warningsOf } from '../helpers/warnings.js';

const part = (header: BfHeader, name: string) =>
  header.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const menuButton = (header: BfHeader) => part(header, 'menu-button') as HTMLButtonElement;
const shown = (element: Element) => element.checkVisibility();

async function header(
  style = wide,
  content = html`${agency}${account}${navigation}`,
  lang: string | null = 'nl-BE',
) {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang ?? nothing} style=${style}><bf-header>${content}</bf-header></div>`,
  );
  const element = wrapper.querySelector('bf-header')!;
  await element.updateComplete;
  // The first render in the browser turns on the collapsing menu.
  await element.updateComplete;
  await nextFrame();
  return element;
}

describe('bf-header', () => {
  before(loadTokenStylesheet);

  describe('the federal identity bar', () => {
    it('says in the page language that the site is official, with "How do you know?"', async () => {
      const element = await header(wide, undefined, null);
      await forEachLocale(async (locale) => {
        await settle();
        await element.updateComplete;
        const text = headerText[locale];
        expect(part(element, 'identity').textContent).to.include(text.official);
        expect(part(element, 'identity-toggle').textContent!.trim()).to.equal(text.howToKnow);
      });
    });

    it('explains how to recognise an official, secure site when the toggle is opened', async () => {
      const element = await header();
      const explanation = part(element, 'identity-explanation');
      expect(shown(explanation), 'closed at first').to.equal(false);
      part(element, 'identity-toggle').click();
      await nextFrame();
      expect(shown(explanation)).to.equal(true);
      expect(explanation.textContent).to.include('.belgium.be');
      expect(explanation.textContent).to.include('.fgov.be');
      expect(explanation.textContent).to.include('https://');
    });

    it('marks its text as English on a page in a language Belfry has no text for', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="es"><bf-header>${agency}</bf-header></div>`,
      );
      const element = wrapper.querySelector('bf-header')!;
      await element.updateComplete;
      expect(part(element, 'identity').querySelector('.official')!.getAttribute('lang')).to.equal(
        'en',
      );
      expect(part(element, 'identity-toggle').getAttribute('lang')).to.equal('en');
    });

    it('takes an agency wording through strings', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="nl">
          <bf-header strings='{"navigation": "Menu FOD Financiën"}'></bf-header>
        </div>`,
      );
      const element = wrapper.querySelector('bf-header')!;
      await element.updateComplete;
      expect(part(element, 'navigation').getAttribute('aria-label')).to.equal('Menu FOD Financiën');
    });
  });

  describe('the navigation', () => {
    it('is a <nav> named in the page language around the slotted list', async () => {
      const element = await header(wide, undefined, null);
      const nav = part(element, 'navigation');
      await forEachLocale(async (locale) => {
        await settle();
        await element.updateComplete;
        expect(nav.localName).to.equal('nav');
        expect(nav.getAttribute('aria-label')).to.equal(headerText[locale].navigation);
      });
      const slot = nav.querySelector('slot')!;
      expect(slot.assignedElements()[0]).to.equal(element.querySelector('ul'));
    });

    it('styles the links of the light-DOM list: 44 px targets, current page marked by a rule', async () => {
      const element = await header();
      const links = [...element.querySelectorAll('ul a')];
      for (const link of links) {
        expect(link.getBoundingClientRect().height).to.be.at.least(44);
      }
      const current = getComputedStyle(links[0]!);
      const other = getComputedStyle(links[1]!);
      expect(current.borderBottomStyle).to.equal('solid');
      expect(current.borderBottomColor).not.to.equal(other.borderBottomColor);
      expect(getComputedStyle(element.querySelector('ul')!).listStyleType).to.equal('none');
    });

    it('is shown with no Menu button in a wide header', async () => {
      const element = await header(wide);
      expect(shown(menuButton(element))).to.equal(false);
      expect(shown(element.querySelector('ul a')!)).to.equal(true);
    });

    it('collapses behind the Menu button in a 320 px header, which opens and closes it', async () => {
      const element = await header(narrow);
      const button = menuButton(element);
      const firstLink = element.querySelector('ul a')!;
      expect(shown(button)).to.equal(true);
      expect(shown(firstLink), 'collapsed').to.equal(false);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const controlled = element.shadowRoot!.getElementById(button.getAttribute('aria-controls')!);
      expect(controlled).to.equal(part(element, 'navigation'));

      button.click();
      await element.updateComplete;
      expect(element.menuOpen).to.equal(true);
      expect(element.hasAttribute('menu-open')).to.equal(true);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(shown(firstLink)).to.equal(true);
      // One link under the other on a small screen.
      const [a, b] = [...element.querySelectorAll('ul a')].map((link) =>
        link.getBoundingClientRect(),
      );
      expect(b!.top).to.be.at.least(a!.bottom);

      button.click();
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(shown(firstLink)).to.equal(false);
    });

    it('collapses at the breakpoint.md token (48em), measured on the header, not the window', async () => {
      const tokenCss = getComputedStyle(document.documentElement)
        .getPropertyValue('--bf-breakpoint-md')
        .trim();
      expect(tokenCss).to.equal('48em');
      // One header at a time: a page has one.
      const measure = async (style: string) => {
        const element = await header(style);
        const collapsed = shown(menuButton(element));
        element.parentElement!.remove();
        return { element, collapsed };
      };
      const justBelow = await measure('inline-size: 767px');
      expect(justBelow.collapsed, '767 px').to.equal(true);
      // The query the browser got, in the header's own sheets.
      const queries = [...justBelow.element.shadowRoot!.adoptedStyleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSContainerRule => rule instanceof CSSContainerRule)
        .map((rule) => rule.conditionText.replace(/\s+/g, ''));
      expect(queries).to.deep.equal([`(width<${tokenCss})`]);
      expect((await measure('inline-size: 768px')).collapsed, '768 px').to.equal(false);
      // A citizen who sets a larger text size (20 px) gets the menu in the same 768 px.
      document.documentElement.style.fontSize = '20px';
      try {
        expect((await measure('inline-size: 768px')).collapsed, '768 px, 20 px text').to.equal(
          true,
        );
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });

    it('closes when a link in the menu is followed (a single-page app keeps the header)', async () => {
      const element = await header(narrow);
      element.menuOpen = true;
      await element.updateComplete;
      const link = element.querySelector<HTMLAnchorElement>('ul a[href="/btw"]')!;
      link.addEventListener('click', (event) => event.preventDefault(), { once: true });
      link.click();
      await element.updateComplete;
      expect(element.menuOpen).to.equal(false);
    });

    it('stays open on a click elsewhere in the header', async () => {
      const element = await header(narrow);
      element.menuOpen = true;
      await element.updateComplete;
      element
        .querySelector<HTMLAnchorElement>('[slot="account"]')!
        .addEventListener('click', (event) => event.preventDefault(), { once: true });
      element.querySelector<HTMLAnchorElement>('[slot="account"]')!.click();
      await element.updateComplete;
      expect(element.menuOpen).to.equal(true);
    });

    it('does not add a second <nav> around a <nav> the author slotted, and warns if it has no name', async () => {
      let element!: BfHeader;
      const warnings = await warningsOf(async () => {
        element = await header(
          wide,
          html`${agency}
            <nav slot="navigation"><a href="/btw">Btw</a></nav>`,
        );
      });
      expect(part(element, 'navigation').localName).to.equal('div');
      expect(element.shadowRoot!.querySelectorAll('nav')).to.have.length(0);
      expect(warnings.join('\n')).to.match(/navigation slot holds a <nav> without a name/);
    });

    it('collapses only once its script runs (:state(enhanced)), so a page without JavaScript keeps its links', async () => {
      const element = await header(narrow);
      expect(element.matches(':state(enhanced)')).to.equal(true);
      // The same header without the state, as a server sends it: nothing is collapsed.
      (element as unknown as { internals: ElementInternals }).internals.states.delete('enhanced');
      expect(shown(menuButton(element))).to.equal(false);
      expect(shown(element.querySelector('ul a')!)).to.equal(true);
    });
  });

  describe('the agency and the tools', () => {
    it('shows the agency link and the account link the author wrote', async () => {
      const element = await header();
      const agencySlot = element.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="agency"]')!;
      expect(agencySlot.assignedElements()[0]!.textContent).to.equal('FOD Financiën');
      const accountSlot =
        element.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="account"]')!;
      expect(accountSlot.assignedElements()[0]!.getAttribute('href')).to.equal('/aanmelden');
    });

    it('warns when the agency is not a link to the home page', async () => {
      const warnings = await warningsOf(() =>
        header(wide, html`<span slot="agency">FOD Financiën</span>`),
      );
      expect(warnings.join('\n')).to.match(/agency slot holds no link/);
    });

    it('does not warn for a logo inside the agency link', async () => {
      const warnings = await warningsOf(() =>
        header(
          wide,
          html`<a slot="agency" href="/"><img alt="FOD Financiën" width="120" height="40" /></a>`,
        ),
      );
      expect(warnings.join('\n')).not.to.match(/agency/);
    });
  });

  describe('the language switcher', () => {
    const slot = (element: BfHeader) =>
      element.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="language"]')!;

    it('shows one of its own when none is slotted: the four languages, named in themselves', async () => {
      const element = await header();
      const own = slot(element).querySelector('bf-language-switcher')!;
      expect(own).to.exist;
      expect(own.checkVisibility()).to.equal(true);
      await own.updateComplete;
      const names = [...own.shadowRoot!.querySelectorAll('[part~="option"]')].map((option) =>
        option.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(names.join(' ')).to.include('Nederlands').and.include('Français');
    });

    it('takes the one the page slots instead (its own links), and hides its own', async () => {
      const element = await header(
        wide,
        html`${agency}<bf-language-switcher slot="language"
            ><a href="/fr/" hreflang="fr">Français</a></bf-language-switcher
          >${navigation}`,
      );
      const assigned = slot(element).assignedElements();
      expect(assigned).to.have.length(1);
      expect(assigned[0]!.querySelector('a')!.getAttribute('href')).to.equal('/fr/');
      expect(slot(element).querySelector('bf-language-switcher')!.checkVisibility()).to.equal(
        false,
      );
    });

    it('leaves it out with no-language-switcher', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><bf-header no-language-switcher>${agency}</bf-header></div>`,
      );
      const element = wrapper.querySelector('bf-header')!;
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('bf-language-switcher')).to.equal(null);
    });
  });

  describe('placement', () => {
    it('warns when it is inside <main> or another landmark, where it is not the banner', async () => {
      const warnings = await warningsOf(() =>
        fixture(
          html`<main>
            <section><bf-header>${agency}</bf-header></section>
          </main>`,
        ),
      );
      expect(warnings.join('\n')).to.match(/inside <section>/);
    });

    it('warns when a page has two headers', async () => {
      const warnings = await warningsOf(() =>
        fixture(html`<div><bf-header></bf-header><bf-header></bf-header></div>`),
      );
      expect(warnings.join('\n')).to.match(/more than once/);
    });
  });

  it('fits a 320 px screen without scrolling sideways, open or closed, in every language', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="inline-size: 320px; overflow: auto">
        <bf-header>${agency}${account}${navigation}</bf-header>
      </div>`,
    );
    const element = wrapper.querySelector('bf-header')!;
    await forEachLocale(async () => {
      for (const open of [false, true]) {
        element.menuOpen = open;
        (element.shadowRoot!.querySelector('details') as HTMLDetailsElement).open = open;
        await settle();
        await element.updateComplete;
        expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
      }
    });
  });
});
