import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/icon';
import '@belfry/components/button';
import { iconSizes, type BfIcon } from '@belfry/components';
import { axeViolations } from '../helpers/a11y.js';
import { axeMatrix } from '../helpers/matrix.js';

const drawing = (el: BfIcon) => el.shadowRoot!.querySelector('svg')!;

// Each combination draws the icon where pages use it: next to text, in a link and in a button
// (decorative), or alone in a sentence and as the only content of a link (labelled). Icons have
// no text of their own, so the languages are not a column; the themes are, as the icon takes its
// colour from the text around it.
axeMatrix<{ size: string; label: string }>({
  tag: 'bf-icon',
  variants: Object.fromEntries(iconSizes.map((size) => [size, { size }])),
  states: { decorative: {}, labelled: { label: 'Warning' } },
  render: ({ size, label }) =>
    label
      ? html`<p><bf-icon name="warning" size=${size!} label=${label}></bf-icon> Pay by 31 March.</p>
          <a href="/"
            ><bf-icon name="arrow-left" size=${size!} label="Back to the start"></bf-icon
          ></a>`
      : html`<p><bf-icon name="calendar" size=${size!}></bf-icon> Tuesday 3 March 2026</p>
          <a href="/contact"><bf-icon name="phone" size=${size!}></bf-icon> Call us</a>
          <bf-button
            ><bf-icon slot="start" name="download" size=${size!}></bf-icon>Download</bf-button
          >`,
});

describe('<bf-icon> and the axe gate', () => {
  it('fails when a link holds only a decorative icon (it adds no name)', async () => {
    const el = await fixture(html`<a href="/"><bf-icon name="close"></bf-icon></a>`);
    const ids = (await axeViolations(el)).map((violation) => violation.id);
    expect(ids).to.include('link-name');
  });

  it('fails when the drawing is an image without a name (the check sees inside)', async () => {
    const el = await fixture<BfIcon>(html`<bf-icon name="info" label="Information"></bf-icon>`);
    drawing(el).removeAttribute('aria-label');
    const ids = (await axeViolations(el)).map((violation) => violation.id);
    expect(ids).to.include('svg-img-alt');
  });
});
