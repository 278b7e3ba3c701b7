import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/step-by-step';
import type { BfStepByStepItem } from '@belfry/components';
import { axeViolations } from '../helpers/a11y.js';
import { axeMatrix } from '../helpers/matrix.js';

type Props = { variant: 'page' | 'compact'; open: 'none' | 'some' | 'all'; signedIn: boolean };

// Every theme and language: "Show all steps", "Step", "or", "(optional)" and the statuses change
// with the language, the colours with the theme. Variants: the page and the compact sidebar, each
// with and without statuses (a signed-in citizen); states: closed, some open, all open.
axeMatrix<Props>({
  tag: 'bf-step-by-step',
  variants: {
    page: { variant: 'page', signedIn: false },
    'page, signed in': { variant: 'page', signedIn: true },
    compact: { variant: 'compact', signedIn: false },
    'compact, signed in': { variant: 'compact', signedIn: true },
  },
  states: { closed: { open: 'none' }, 'some open': { open: 'some' }, 'all open': { open: 'all' } },
  locales: true,
  render: ({ variant, open, signedIn }) =>
    html`<h1>Verhuizen</h1>
      <bf-step-by-step variant=${variant!}>
        <bf-step-by-step-item
          heading="Uw adres wijzigen bij de gemeente"
          status=${signedIn ? 'done' : ''}
          ?open=${open !== 'none'}
        >
          <p>Binnen 8 werkdagen. <a href="#gemeente">Zoek uw gemeente</a>.</p>
        </bf-step-by-step-item>
        <bf-step-by-step-item
          heading="Uw werkgever verwittigen"
          optional
          status=${signedIn ? 'action-needed' : ''}
          ?open=${open === 'all'}
        >
          <ul>
            <li>Kosten: gratis</li>
            <li>Tijd: 5 minuten</li>
          </ul>
        </bf-step-by-step-item>
        <bf-step-by-step-item
          heading="Uw ziekenfonds verwittigen"
          logic="or"
          status=${signedIn ? 'in-progress' : ''}
          ?open=${open === 'all'}
        >
          <p>Uw ziekenfonds doet het voor u.</p>
        </bf-step-by-step-item>
        <bf-step-by-step-item
          heading="Uw energieleverancier verwittigen"
          logic="and"
          status=${signedIn ? 'not-started' : ''}
          ?open=${open === 'all'}
        >
          <p>Geef de meterstanden door.</p>
        </bf-step-by-step-item>
      </bf-step-by-step>`,
});

describe('<bf-step-by-step> and the axe gate', () => {
  // The numbers sit on the line between the steps, so axe cannot tell their background and
  // leaves them for review: their contrast is checked in themes.test.ts and by the token build.
  it('fails when a theme makes the headings too pale to read', async () => {
    for (const token of ['--bf-step-by-step-button-fg', '--bf-step-by-step-toggle-all-fg']) {
      const list = await fixture(
        html`<bf-step-by-step style="${token}: #c9c9c9">
          <bf-step-by-step-item heading="Uw adres wijzigen"><p>Tekst</p></bf-step-by-step-item>
        </bf-step-by-step>`,
      );
      await list.querySelector<BfStepByStepItem>('bf-step-by-step-item')!.updateComplete;
      const ids = (await axeViolations(list)).map((violation) => violation.id);
      expect(ids, token).to.include('color-contrast');
    }
  });
});
