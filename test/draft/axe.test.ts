import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import type { BfDraft } from '@belfry/components';
import { axeViolations, expectAccessible, loadAxe } from '../helpers/a11y.js';
import { matrixCombinations } from '../helpers/matrix.js';
import { loadTokenStylesheet } from '../helpers/token-build.js';
import { clearStorage, noticeText, storageName } from './fixture.js';

/** A draft kept from yesterday (so that the notice gives a date too), for the form below. */
function keepDraft(): void {
  sessionStorage.setItem(
    storageName('axe'),
    JSON.stringify({
      format: 'belfry-draft',
      version: 1,
      key: 'axe',
      savedAt: Date.now() - 86_400_000,
      expiresAt: null,
      answers: [['city', 'Eupen']],
    }),
  );
}

/** The notice over a small form, in a theme and a language, once the draft is back. */
async function drawNotice(theme: string | null | undefined, lang: string | undefined) {
  keepDraft();
  const wrapper = await fixture(
    html`<div
      data-bf-theme=${theme ?? nothing}
      lang=${lang ?? nothing}
      style="background: var(--bf-color-surface); color: var(--bf-color-text); padding: 1rem"
    >
      <bf-draft key="axe">
        <form>
          <label for="axe-city">City</label>
          <input id="axe-city" name="city" />
        </form>
      </bf-draft>
    </div>`,
  );
  const draft = wrapper.querySelector<BfDraft>('bf-draft')!;
  expect(await draft.ready, 'the draft came back').to.equal(true);
  // A check of a page without the notice would pass: it must be there.
  expect(noticeText(draft)).to.be.a('string').and.not.be.empty;
  return wrapper;
}

// The notice in every theme (in Dutch) and every language (in the base theme), as the other
// components' matrices do (test/helpers/matrix.ts); drawn once the draft is back.
const combinations = matrixCombinations({ tag: 'bf-draft', locales: true, render: () => html`` });

describe('<bf-draft> notice (axe, WCAG 2.2 AA)', () => {
  let tokenCss: HTMLLinkElement | undefined;
  before(async function () {
    this.timeout(30_000);
    await loadAxe();
    tokenCss = await loadTokenStylesheet();
  });
  after(() => tokenCss?.remove());
  beforeEach(clearStorage);
  afterEach(clearStorage);

  for (const combination of combinations) {
    it(combination.name, async () => {
      if (tokenCss) tokenCss.disabled = combination.theme === null;
      try {
        const wrapper = await drawNotice(combination.theme, combination.lang);
        await expectAccessible(wrapper);
      } finally {
        if (tokenCss) tokenCss.disabled = false;
      }
    });
  }

  it('fails when the notice text loses its contrast', async () => {
    const wrapper = await drawNotice(undefined, 'en');
    const draft = wrapper.querySelector<BfDraft>('bf-draft')!;
    draft.style.setProperty('--bf-draft-notice-fg', '#d6e4f5');
    const ids = (await axeViolations(wrapper)).map((violation) => violation.id);
    expect(ids).to.include('color-contrast');
  });
});
