import { expect, fixture, html } from '@open-wc/testing';
import { ref } from 'lit/directives/ref.js';
import '@belfry/components/skip-link';
import type { BfSkipLink } from '@belfry/components';
import { axeViolations } from '../helpers/a11y.js';
import { axeMatrix } from '../helpers/matrix.js';

// Shown (focused) and hidden, its own link and the author's, in every theme and language.
axeMatrix<{ own: boolean; shown: boolean }>({
  tag: 'bf-skip-link',
  variants: { 'own link': { own: false }, "author's link": { own: true } },
  states: { hidden: { shown: false }, shown: { shown: true } },
  locales: true,
  render: ({ own, shown }) => {
    // Shown: its link has focus (after the element's first render), as after Tab.
    const show = ref((element) => {
      if (!shown || !element) return;
      const skip = element as BfSkipLink;
      void skip.updateComplete.then(() => skip.querySelector('a')!.focus());
    });
    return html`${
        own
          ? html`<bf-skip-link ${show}><a href="#main">Naar de inhoud</a></bf-skip-link>`
          : html`<bf-skip-link ${show}></bf-skip-link>`
      }
      <main id="main"><p>Content</p></main>`;
  },
});

describe('<bf-skip-link> and the axe gate', () => {
  it('fails when the author’s link has no text', async () => {
    const el = await fixture<BfSkipLink>(
      html`<div>
        <bf-skip-link><a href="#main"></a></bf-skip-link>
      </div>`,
    );
    const ids = (await axeViolations(el)).map((violation) => violation.id);
    expect(ids).to.include('link-name');
  });
});

describe('<bf-skip-link> on a whole page', () => {
  // axe's "region" rule, run on the document: everything outside a landmark but a skip link
  // fails. It recognises a skip link only in the document's own tree, not in a shadow root.
  const regionViolations = async () =>
    (await axeViolations(document.documentElement, { tags: [], extraTags: ['best-practice'] }))
      .filter((violation) => violation.id === 'region')
      .flatMap((violation) => violation.nodes.map((node) => node.html));

  it('its own link counts as the page’s skip link, outside any landmark', async () => {
    const page = await fixture(
      html`<div>
        <bf-skip-link></bf-skip-link>
        <header><a href="/">Home</a></header>
        <main id="main"><p>Content</p></main>
        <footer><a href="/contact">Contact</a></footer>
      </div>`,
    );
    const skip = page.querySelector<BfSkipLink>('bf-skip-link')!;
    await skip.updateComplete;
    expect(await regionViolations(), 'hidden').to.deep.equal([]);
    // Shown, as after Tab: still the skip link, not content outside the landmarks.
    skip.querySelector('a')!.focus();
    expect(await regionViolations(), 'shown').to.deep.equal([]);
  });

  it('a link that skips nowhere, in the same place, fails the rule', async () => {
    await fixture(
      html`<div>
        <a href="/elsewhere">Elsewhere</a>
        <main id="main"><p>Content</p></main>
      </div>`,
    );
    expect((await regionViolations()).join('\n')).to.contain('Elsewhere');
  });
});
