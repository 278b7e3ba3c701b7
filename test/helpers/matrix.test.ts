import { expect, html } from '@open-wc/testing';
import { locales } from '@belfry/core';
import '@belfry/components/button';
import {
  expectCombinationAccessible,
  matrixCombinations,
  withoutTokenCss,
  type AxeMatrixOptions,
} from './matrix.js';
import { baseTheme, loadTokenStylesheet, themes } from './token-build.js';
import { rejection } from './rejection.js';

// Every component's axe matrix relies on these: the combinations are the ones promised, and a
// combination that breaks a rule, or draws nothing, fails.
describe('axeMatrix', () => {
  let tokenCss: HTMLLinkElement;
  before(async () => {
    tokenCss = await loadTokenStylesheet();
  });
  after(() => tokenCss.remove());

  describe('combinations', () => {
    const options: AxeMatrixOptions = {
      tag: 'bf-button',
      variants: ['primary', 'danger'],
      states: { default: {}, loading: { loading: true } },
      locales: true,
      render: () => html``,
    };

    it('reads the themes from the token build and adds the page without token CSS', () => {
      expect(themes).to.include.members(['federal', 'dark', 'high-contrast']);
      const names = matrixCombinations({ ...options, locales: false }).map((c) => c.name);
      for (const theme of [...themes, withoutTokenCss]) {
        expect(names).to.include(`danger · loading · ${theme}`);
      }
      expect(names).to.have.length(2 * 2 * (themes.length + 1));
    });

    it('checks every language in the base theme, and every theme in the first language', () => {
      const combinations = matrixCombinations(options);
      const names = combinations.map((c) => c.name);
      for (const lang of ['nl-BE', 'fr-BE', 'de-BE', 'en-BE']) {
        expect(names).to.include(`primary · default · ${baseTheme} · ${lang}`);
      }
      expect(names).to.include(`primary · default · ${withoutTokenCss} · nl-BE`);
      expect(names).not.to.include(`primary · default · ${withoutTokenCss} · fr-BE`);
      const perVariantAndState = themes.length + 1 + (locales.length - 1);
      expect(combinations).to.have.length(2 * 2 * perVariantAndState);
      expect(new Set(names).size).to.equal(names.length);
    });

    it('passes the variant and the state to render, the state last', () => {
      const [first] = matrixCombinations<{ size: string; busy: boolean }>({
        tag: 'x-any',
        variants: { big: { size: 'l', busy: false } },
        states: { busy: { busy: true } },
        themes: false,
        render: () => html``,
      });
      expect(first!.name).to.equal('big · busy');
      expect(first!.props).to.deep.equal({ size: 'l', busy: true });
      expect(first!.theme).to.equal(undefined);
    });
  });

  describe('a combination', () => {
    it('passes when accessible, inside its theme and language', async () => {
      const options: AxeMatrixOptions = {
        tag: 'bf-button',
        locales: true,
        render: () => html`<bf-button>Send</bf-button>`,
      };
      const combination = matrixCombinations(options).find((c) => c.lang === 'fr-BE')!;
      await expectCombinationAccessible(options, combination, tokenCss);
      const wrapper = document.querySelector('bf-button')!.parentElement!;
      expect(wrapper.getAttribute('data-bf-theme')).to.equal(baseTheme);
      expect(wrapper.lang).to.equal('fr-BE');
    });

    it('fails with the readable list of violations', async () => {
      const options: AxeMatrixOptions = {
        tag: 'bf-button',
        render: () => html`<bf-button></bf-button>`,
      };
      const error = await rejection(
        expectCombinationAccessible(options, matrixCombinations(options)[0]!, tokenCss),
      );
      expect(error.message).to.contain('1 accessibility violation(s)');
      expect(error.message).to.contain('button-name');
    });

    it('fails on contrast in the one theme where it is too low', async () => {
      // Near-black text passes on the federal surface and fails on the dark one.
      const options: AxeMatrixOptions = {
        tag: 'bf-button',
        render: () =>
          html`<bf-button>Send</bf-button>
            <p style="color: #1a1d21">Closes at 17:00.</p>`,
      };
      const [federal, dark] = ['federal', 'dark'].map((theme) =>
        matrixCombinations(options).find((c) => c.theme === theme)!,
      );
      await expectCombinationAccessible(options, federal!, tokenCss);
      const error = await rejection(expectCombinationAccessible(options, dark!, tokenCss));
      expect(error.message).to.contain('color-contrast');
    });

    it('checks the page without token CSS with the CSS switched off, then back on', async () => {
      let disabledWhileDrawn: boolean | undefined;
      const options: AxeMatrixOptions = {
        tag: 'bf-button',
        render: () => {
          disabledWhileDrawn = tokenCss.disabled;
          return html`<bf-button>Send</bf-button>`;
        },
      };
      const bare = matrixCombinations(options).find((c) => c.theme === null)!;
      await expectCombinationAccessible(options, bare, tokenCss);
      expect(disabledWhileDrawn).to.equal(true);
      expect(tokenCss.disabled).to.equal(false);
    });

    it('fails when render draws no element of the tag, rather than checking nothing', async () => {
      const options: AxeMatrixOptions = {
        tag: 'bf-button',
        render: () => html`<p>Nothing to see</p>`,
      };
      const error = await rejection(
        expectCombinationAccessible(options, matrixCombinations(options)[0]!, tokenCss),
      );
      expect(error.message).to.contain('drew no <bf-button>');
    });

    it('fails when the element is not defined', async () => {
      const options: AxeMatrixOptions = {
        tag: 'bf-not-imported',
        themes: false,
        render: () => html`<bf-not-imported>Send</bf-not-imported>`,
      };
      const error = await rejection(
        expectCombinationAccessible(options, matrixCombinations(options)[0]!),
      );
      expect(error.message).to.contain('<bf-not-imported> is not defined');
    });
  });
});
