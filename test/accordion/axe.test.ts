import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/accordion';
import type { BfAccordionItem } from '@belfry/components';
import { axeViolations } from '../helpers/a11y.js';
import { axeMatrix } from '../helpers/matrix.js';

type Props = { open: 'none' | 'some' | 'all'; headingLevel: number };

// Every theme and language: the "Show all sections" text changes with the language, the colours
// with the theme. States: every section closed, some open, all open (the button then says "Hide
// all sections"), and the headings at another level.
axeMatrix<Props>({
  tag: 'bf-accordion',
  variants: { 'level 2': { headingLevel: 2 }, 'level 3': { headingLevel: 3 } },
  states: { closed: { open: 'none' }, 'some open': { open: 'some' }, 'all open': { open: 'all' } },
  locales: true,
  render: ({ open, headingLevel }) =>
    html`${headingLevel === 3 ? html`<h2>Uw aanvraag</h2>` : html`<h1>Uw aanvraag</h1>`}
      <bf-accordion heading-level=${headingLevel!}>
        <bf-accordion-item heading="Wie kan een aanvraag indienen?" ?open=${open !== 'none'}>
          <p>Iedereen die in België woont. <a href="#regels">Lees de regels</a>.</p>
        </bf-accordion-item>
        <bf-accordion-item heading="Wat hebt u nodig?" ?open=${open === 'all'}>
          <ul>
            <li>Uw identiteitskaart</li>
            <li>De pincode ervan</li>
          </ul>
        </bf-accordion-item>
      </bf-accordion>`,
});

describe('<bf-accordion> and the axe gate', () => {
  it('fails when a section has no heading: its button has no name', async () => {
    const original = console.warn;
    console.warn = () => undefined;
    try {
      const item = await fixture<BfAccordionItem>(
        html`<bf-accordion-item><p>Tekst</p></bf-accordion-item>`,
      );
      const ids = (await axeViolations(item)).map((violation) => violation.id);
      expect(ids).to.include('button-name');
    } finally {
      console.warn = original;
    }
  });
});
