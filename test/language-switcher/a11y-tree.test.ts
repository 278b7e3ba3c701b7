import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '@belfry/components/language-switcher';
import type { BfLanguageSwitcher } from '@belfry/components';
import { axNode, axQuery } from '../helpers/ax-query.js';

// What assistive technology meets: the browser's own accessibility tree, not our DOM. `axQuery`
// asks the tree in Chromium and Firefox; `axNode` (Chromium) gives one node with its ancestors.
const isFirefox = navigator.userAgent.includes('Firefox');
const ownNames = { nl: 'Nederlands', fr: 'Français', de: 'Deutsch', en: 'English' } as const;

describe('bf-language-switcher in the accessibility tree', () => {
  it('is a navigation landmark named in the page language', async () => {
    await fixture(html`<bf-language-switcher id="switcher" lang="nl-BE"></bf-language-switcher>`);
    expect(await axQuery('navigation', 'Kies een taal', 'switcher')).to.deep.equal(['nav']);
  });

  for (const [mode, template] of [
    ['buttons', html`<bf-language-switcher id="switcher" lang="de-BE"></bf-language-switcher>`],
    [
      'links',
      html`<bf-language-switcher
        id="switcher"
        lang="de-BE"
        href-template="/{lang}/"
      ></bf-language-switcher>`,
    ],
  ] as const) {
    it(`announces each option (${mode}) by its own name, in its own language`, async () => {
      const el = await fixture<BfLanguageSwitcher>(template);
      const role = mode === 'buttons' ? 'button' : 'link';
      for (const [lang, name] of Object.entries(ownNames)) {
        expect(await axQuery(role, name, 'switcher'), name).to.have.length(1);
        const option = el.shadowRoot!.querySelector(`[part="option"][lang="${lang}"]`)!;
        // The language the browser gives the option's text, which screen readers switch voice on.
        expect(option.matches(`:lang(${lang})`), `${name} is in ${lang}`).to.equal(true);
      }
      if (isFirefox) return;
      const current = await axNode('bf-language-switcher', '[aria-current]');
      expect(current.name).to.equal('Deutsch');
      // Chromium's protocol does not list aria-current among a node's properties: the attribute
      // on the very node the tree names is checked instead.
      expect(el.shadowRoot!.querySelector('[aria-current]')!.getAttribute('aria-current')).to.equal(
        'true',
      );
      expect(current.ancestorRoles).to.include('navigation');
    });
  }

  it('announces your own links by their names, in their languages, inside the landmark', async () => {
    const el = await fixture<BfLanguageSwitcher>(
      html`<bf-language-switcher lang="fr-BE">
        <a href="/nl/" hreflang="nl">Nederlands</a>
        <a href="/fr/" hreflang="fr">Français</a>
      </bf-language-switcher>`,
    );
    await el.updateComplete;
    expect(await axQuery('link', 'Nederlands')).to.deep.equal(['a']);
    expect(el.querySelector('a')!.matches(':lang(nl)')).to.equal(true);
    if (isFirefox) return;
    const link = await axNode('bf-language-switcher a[aria-current="true"]');
    expect(link.name).to.equal('Français');
    expect(link.ancestorRoles).to.include('navigation');
  });

  it('with short codes, keeps the full name first and adds the code that is shown', async () => {
    const el = await fixture<BfLanguageSwitcher>(
      html`<bf-language-switcher id="switcher" lang="en" labels="codes"></bf-language-switcher>`,
    );
    // The code is in the name too, so that speech input ("click NL") finds it (WCAG 2.5.3).
    expect(await axQuery('button', 'Nederlands NL', 'switcher')).to.have.length(1);
    const option = el.shadowRoot!.querySelector('[part="option"]')!;
    expect(option.querySelector('.code')!.getBoundingClientRect().width).to.be.greaterThan(1);
    expect(option.querySelector('.name')!.getBoundingClientRect().width).to.be.at.most(1);
  });

  describe('at 320 px', () => {
    before(() => setViewport({ width: 320, height: 640 }));
    after(() => setViewport({ width: 800, height: 600 }));

    it('shows short codes, keeps 44 px targets and does not scroll sideways', async () => {
      const wrapper = await fixture(
        html`<div style="inline-size: 288px">
          <bf-language-switcher id="switcher" lang="nl"> </bf-language-switcher>
        </div>`,
      );
      const el = wrapper.querySelector('bf-language-switcher')!;
      await el.updateComplete;
      const optionsShown = [...el.shadowRoot!.querySelectorAll('[part="option"]')];
      // The code is shown; the name is there for screen readers only.
      for (const option of optionsShown) {
        expect(option.querySelector('.code')!.getBoundingClientRect().width).to.be.greaterThan(1);
        expect(option.querySelector('.name')!.getBoundingClientRect().width).to.be.at.most(1);
      }
      expect(
        optionsShown.map((option) => option.querySelector('.code')!.textContent),
      ).to.deep.equal(['NL', 'FR', 'DE', 'EN']);
      for (const option of optionsShown) {
        const { width, height } = option.getBoundingClientRect();
        expect(width).to.be.at.least(44);
        expect(height).to.be.at.least(44);
      }
      expect(wrapper.scrollWidth).to.be.at.most(288);
      expect(await axQuery('button', 'Français FR', 'switcher')).to.have.length(1);
    });
  });
});
