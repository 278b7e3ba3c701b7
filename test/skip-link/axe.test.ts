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
      void skip.updateComplete.then(() =>
        (skip.querySelector('a') ?? skip.shadowRoot!.querySelector('a'))!.focus(),
      );
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
