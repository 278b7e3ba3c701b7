import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/language-switcher';
import { axeViolations } from '../helpers/a11y.js';
import { axeMatrix } from '../helpers/matrix.js';

type Props = { mode: 'buttons' | 'links' | 'own links'; labels: string };

axeMatrix<Props>({
  tag: 'bf-language-switcher',
  variants: {
    buttons: { mode: 'buttons' },
    links: { mode: 'links' },
    'your own links': { mode: 'own links' },
  },
  states: {
    names: { labels: 'names' },
    'short codes': { labels: 'codes' },
  },
  locales: true,
  render: ({ mode, labels }) => {
    if (mode === 'own links') {
      return html`<bf-language-switcher labels=${labels ?? 'auto'}>
        <a href="/nl/" hreflang="nl">Nederlands</a>
        <a href="/fr/" hreflang="fr">Français</a>
        <a href="/de/" hreflang="de">Deutsch</a>
        <a href="/en/" hreflang="en">English</a>
      </bf-language-switcher>`;
    }
    return html`<bf-language-switcher
      labels=${labels ?? 'auto'}
      href-template=${mode === 'links' ? '/{lang}/' : ''}
    ></bf-language-switcher>`;
  },
});

describe('<bf-language-switcher> and the axe gate', () => {
  it('fails when one of your own links has no text', async () => {
    const el = await fixture(
      html`<bf-language-switcher>
        <a href="/nl/" hreflang="nl"></a>
      </bf-language-switcher>`,
    );
    const ids = (await axeViolations(el)).map((violation) => violation.id);
    expect(ids).to.include('link-name');
  });
});
