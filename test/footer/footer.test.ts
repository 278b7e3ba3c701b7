import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '@belfry/components/footer';
import type { BfFooter } from '@belfry/components';
import { forEachLocale, settle } from '../helpers/locales.js';
import { loadTokenStylesheet } from '../helpers/token-build.js';
import { agency, alternatives, footerText, ownLinks } from './content.js';
import { warningsDuring as warningsOf } from '../helpers/warnings.js';

const hrefs = {
  accessibility: '/toegankelijkheid',
  privacy: '/privacy',
  cookies: '/cookies',
  contact: '/contact',
};

async function footer(
  content: unknown = html`${alternatives}${agency}${ownLinks}`,
  lang = 'nl-BE',
) {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang || nothing}>
      <bf-footer
        accessibility-href=${hrefs.accessibility}
        privacy-href=${hrefs.privacy}
        cookies-href=${hrefs.cookies}
        contact-href=${hrefs.contact}
        >${content}</bf-footer
      >
    </div>`,
  );
  const element = wrapper.querySelector('bf-footer')!;
  await element.updateComplete;
  await element.updateComplete;
  return element;
}

const part = (element: BfFooter, name: string) =>
  element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const builtInLinks = (element: BfFooter) => [
  ...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="link"]'),
];

describe('bf-footer', () => {
  before(loadTokenStylesheet);

  it('is a <footer> element in its shadow root (the contentinfo landmark)', async () => {
    const element = await footer();
    expect(part(element, 'base')!.localName).to.equal('footer');
  });

  it('writes the mandatory links in the page language, from their href attributes, in order', async () => {
    const element = await footer(html`${agency}`, '');
    await forEachLocale(async (locale) => {
      await settle();
      await element.updateComplete;
      const links = builtInLinks(element);
      expect(links.map((link) => link.textContent!.trim())).to.deep.equal([
        ...footerText[locale].links,
      ]);
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(Object.values(hrefs));
    });
  });

  it('leaves out a link whose address is not set, and one that is not safe, with a warning', async () => {
    let element!: BfFooter;
    const warnings = await warningsOf(async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="en">
          <bf-footer accessibility-href="/accessibility" privacy-href="javascript:alert(1)"
            >${agency}</bf-footer
          >
        </div>`,
      );
      element = wrapper.querySelector('bf-footer')!;
      await element.updateComplete;
    });
    expect(builtInLinks(element).map((link) => link.textContent!.trim())).to.deep.equal([
      'Accessibility statement',
    ]);
    expect(warnings.join('\n')).to.match(/privacy-href is not a safe URL/);
  });

  it('warns when there is no link to the accessibility statement at all', async () => {
    const warnings = await warningsOf(() => fixture(html`<bf-footer>${agency}</bf-footer>`));
    expect(warnings.join('\n')).to.match(/no link to the accessibility statement/);
  });

  it('shows the page’s own links after the built-in ones, styled alike', async () => {
    const element = await footer();
    const own = element.querySelector<HTMLAnchorElement>('[slot="links"] a')!;
    const slot = element.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="links"]')!;
    expect(slot.assignedElements()[0]).to.equal(element.querySelector('[slot="links"]'));
    const builtIn = builtInLinks(element)[0]!;
    expect(own.getBoundingClientRect().height).to.be.at.least(44);
    expect(builtIn.getBoundingClientRect().height).to.be.at.least(44);
    expect(getComputedStyle(own).color).to.equal(getComputedStyle(builtIn).color);
    expect(
      builtIn.compareDocumentPosition(slot) & Node.DOCUMENT_POSITION_FOLLOWING,
      'after the built-in links',
    ).to.be.greaterThan(0);
  });

  describe('the place for the other ways to reach the agency', () => {
    it('has a heading in the page language above what the page put there', async () => {
      const element = await footer(undefined, '');
      await forEachLocale(async (locale) => {
        await settle();
        await element.updateComplete;
        const heading = part(element, 'heading')!;
        expect(heading.localName).to.equal('h2');
        expect(heading.textContent!.trim()).to.equal(footerText[locale].alternativesHeading);
      });
      const slot = part(element, 'alternatives')!.querySelector('slot')!;
      expect(slot.assignedElements()[0]!.textContent).to.include('02 572 57 57');
    });

    it('comes first, before the agency and the links', async () => {
      const element = await footer();
      const base = part(element, 'base')!;
      expect(base.firstElementChild).to.equal(part(element, 'alternatives'));
    });

    it('takes the heading level asked for, and falls back to 2 on a bad one', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="nl"><bf-footer heading-level="3">${alternatives}</bf-footer></div>`,
      );
      const element = wrapper.querySelector('bf-footer')!;
      await element.updateComplete;
      expect(part(element, 'heading')!.localName).to.equal('h3');
      const warnings = await warningsOf(async () => {
        element.setAttribute('heading-level', 'seven');
        await element.updateComplete;
      });
      expect(part(element, 'heading')!.localName).to.equal('h2');
      expect(warnings.join('\n')).to.match(/heading-level="seven"/);
    });

    it('hides the heading while nothing is put there, and shows it when something is added', async () => {
      const element = await footer(html`${agency}`);
      expect(part(element, 'alternatives')!.checkVisibility()).to.equal(false);
      expect(element.matches(':state(no-alternatives)')).to.equal(true);
      const channels = document.createElement('p');
      channels.slot = 'alternatives';
      channels.textContent = 'Bel 02 572 57 57.';
      element.append(channels);
      await new Promise((resolve) => setTimeout(resolve));
      expect(part(element, 'alternatives')!.checkVisibility()).to.equal(true);
      expect(part(element, 'heading')!.textContent!.trim()).to.equal('Liever niet online?');
      channels.remove();
      await new Promise((resolve) => setTimeout(resolve));
      expect(part(element, 'alternatives')!.checkVisibility()).to.equal(false);
    });
  });

  it('ends with belgium.be in the page language', async () => {
    const element = await footer(html`${agency}`, '');
    await forEachLocale(async (locale) => {
      await settle();
      await element.updateComplete;
      const identity = part(element, 'identity')!;
      const link = identity.querySelector('a')!;
      expect(link.textContent!.trim()).to.equal('belgium.be');
      expect(link.getAttribute('href')).to.equal(`https://www.belgium.be/${locale}`);
      expect(identity.textContent).to.include(footerText[locale].tagline);
    });
  });

  it('marks its text as English on a page in a language Belfry has no text for', async () => {
    const element = await footer(html`${alternatives}${agency}`, 'es');
    expect(builtInLinks(element)[0]!.getAttribute('lang')).to.equal('en');
    expect(part(element, 'heading')!.querySelector('[lang="en"]')).to.exist;
  });

  it('warns when it is inside <main> or another landmark, where it is not contentinfo', async () => {
    const warnings = await warningsOf(() =>
      fixture(html`<main><bf-footer accessibility-href="/a">${agency}</bf-footer></main>`),
    );
    expect(warnings.join('\n')).to.match(/inside <main>/);
  });

  it('fits a 320 px screen without scrolling sideways, in every language', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="inline-size: 320px; overflow: auto">
        <bf-footer
          accessibility-href="/a"
          privacy-href="/p"
          cookies-href="/c"
          contact-href="/contact"
          >${alternatives}${agency}${ownLinks}</bf-footer
        >
      </div>`,
    );
    await forEachLocale(async () => {
      await settle();
      await wrapper.querySelector('bf-footer')!.updateComplete;
      expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
    });
  });
});
