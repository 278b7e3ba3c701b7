import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/dialog';
import '@belfry/components/button';
import type { BfDialog } from '@belfry/components';
import { axeViolations } from '../helpers/a11y.js';
import { axeMatrix } from '../helpers/matrix.js';

type Props = { heading: 'attribute' | 'slot'; footer: boolean; long: boolean };

// Open dialogs (a closed one shows nothing to check) in every theme and language: the close
// button's name changes with the language, the colours with the theme.
axeMatrix<Props>({
  tag: 'bf-dialog',
  variants: {
    'heading attribute': { heading: 'attribute' },
    'heading slot': { heading: 'slot' },
  },
  states: {
    'with actions': { footer: true },
    'text only': { footer: false },
    'long content': { footer: true, long: true },
  },
  locales: true,
  render: ({ heading, footer, long }) =>
    html`<bf-dialog open heading=${heading === 'attribute' ? 'Uw aanvraag verwijderen?' : ''}>
      ${heading === 'slot' ? html`<h2 slot="heading">Uw aanvraag verwijderen?</h2>` : ''}
      <p>Uw antwoorden worden gewist. <a href="#hulp">Hulp nodig?</a></p>
      ${long ? Array.from({ length: 20 }, (_, index) => html`<p>Voorwaarde ${index + 1}.</p>`) : ''}
      ${
        footer
          ? html`<bf-button slot="footer" variant="danger">Verwijderen</bf-button>
              <bf-button slot="footer" variant="secondary">Annuleren</bf-button>`
          : ''
      }
    </bf-dialog>`,
});

describe('<bf-dialog> and the axe gate', () => {
  it('fails when an action in it has no name', async () => {
    const el = await fixture<BfDialog>(
      html`<bf-dialog open heading="Help">
        <p>Bel 1234.</p>
        <button slot="footer"></button>
      </bf-dialog>`,
    );
    const ids = (await axeViolations(el)).map((violation) => violation.id);
    expect(ids).to.include('button-name');
    el.close();
  });
});
