import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/alert';
import { alertVariants, type BfAlert } from '@belfry/components';
import { axeViolations } from '../helpers/a11y.js';
import { axeMatrix } from '../helpers/matrix.js';

type Props = { variant: string; dismissible: boolean; heading: boolean };

// Each kind with a heading and a link in its text, dismissible or not, and without a heading:
// in every theme (the colours) and every language (the kind's word, the close button's name).
axeMatrix<Props>({
  tag: 'bf-alert',
  variants: alertVariants,
  states: {
    default: { heading: true },
    dismissible: { heading: true, dismissible: true },
    'no heading': { heading: false, dismissible: true },
  },
  locales: true,
  render: ({ variant, dismissible, heading }) =>
    html`<bf-alert
      variant=${variant!}
      heading=${heading ? 'Your application' : ''}
      ?dismissible=${dismissible}
      announce="off"
      ><p>Read the <a href="#rules">rules</a> before 30 June.</p></bf-alert
    >`,
});

describe('<bf-alert> and the axe gate', () => {
  it('fails when a link in the message has no text', async () => {
    const el = await fixture<BfAlert>(
      html`<bf-alert announce="off"
        ><p><a href="#rules"></a></p
      ></bf-alert>`,
    );
    const ids = (await axeViolations(el)).map((violation) => violation.id);
    expect(ids).to.include('link-name');
  });

  it('fails when a page makes the text too pale on the alert', async () => {
    const el = await fixture<BfAlert>(
      html`<bf-alert variant="warning" announce="off" style="--bf-alert-warning-fg: #e0b860"
        ><p>Pale text</p></bf-alert
      >`,
    );
    const ids = (await axeViolations(el)).map((violation) => violation.id);
    expect(ids).to.include('color-contrast');
  });
});
