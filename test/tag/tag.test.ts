import { expect, fixture, html } from '@open-wc/testing';
import '@belfry/components/tag';
import { BfTag, tagVariants } from '@belfry/components';
import { axeViolations } from '../helpers/a11y.js';
import { axeMatrix } from '../helpers/matrix.js';

const base = (el: BfTag) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;

describe('bf-tag', () => {
  it('shows its text from the light DOM', async () => {
    const el = await fixture<BfTag>(html`<bf-tag variant="success">Paid</bf-tag>`);
    const slot = base(el).querySelector('slot')!;
    expect(slot.assignedNodes()[0]!.textContent).to.equal('Paid');
    expect(base(el).getBoundingClientRect().width).to.be.greaterThan(0);
  });

  it('gives each variant its own colours', async () => {
    const wrapper = await fixture(
      html`<div>${tagVariants.map((v) => html`<bf-tag variant=${v}>Status</bf-tag>`)}</div>`,
    );
    const colours = [...wrapper.querySelectorAll('bf-tag')].map(
      (el) => getComputedStyle(base(el)).backgroundColor,
    );
    expect(new Set(colours).size).to.equal(tagVariants.length);
  });

  it('shows the variant’s icon only when asked, hidden from screen readers', async () => {
    const plain = await fixture<BfTag>(html`<bf-tag variant="error">Rejected</bf-tag>`);
    expect(base(plain).querySelector('svg')).to.equal(null);
    const withIcon = await fixture<BfTag>(html`<bf-tag variant="error" icon>Rejected</bf-tag>`);
    const icon = base(withIcon).querySelector('svg')!;
    expect(icon.getAttribute('aria-hidden')).to.equal('true');
    const neutral = await fixture<BfTag>(html`<bf-tag icon>Draft</bf-tag>`);
    expect(base(neutral).querySelector('svg'), 'a neutral status has no icon').to.equal(null);
  });

  it('falls back to neutral with a warning for an unknown variant', async () => {
    const original = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await fixture<BfTag>(html`<bf-tag variant="urgent">Urgent</bf-tag>`);
      expect(base(el).classList.contains('tag--neutral')).to.equal(true);
    } finally {
      console.warn = original;
    }
    expect(warnings.join('\n')).to.match(/variant="urgent" is unknown; "neutral" is used/);
  });

  it('is not interactive: no role, no tab stop, just its text', async () => {
    const el = await fixture<BfTag>(html`<bf-tag variant="info">New</bf-tag>`);
    expect(el.getAttribute('role')).to.equal(null);
    expect(el.tabIndex).to.equal(-1);
    expect(base(el).querySelector('button, a, [tabindex]')).to.equal(null);
  });

  it('wraps a long status instead of scrolling sideways at 320 px', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="inline-size: 320px">
        <bf-tag variant="warning"
          >Te ondertekenen vóór 30 juni door beide echtgenoten of wettelijk samenwonenden</bf-tag
        >
      </div>`,
    );
    expect(wrapper.scrollWidth).to.be.at.most(320);
  });
});

axeMatrix<{ variant: string; icon: boolean }>({
  tag: 'bf-tag',
  variants: tagVariants,
  states: { default: {}, 'with icon': { icon: true } },
  render: ({ variant, icon }) =>
    html`<p>Your tax return <bf-tag variant=${variant!} ?icon=${icon}>Received</bf-tag></p>`,
});

describe('<bf-tag> and the axe gate', () => {
  it('fails when a page makes the text too pale on the tag', async () => {
    const el = await fixture<BfTag>(
      html`<bf-tag variant="success" style="--bf-tag-success-fg: #9fd3ae">Paid</bf-tag>`,
    );
    const ids = (await axeViolations(el)).map((violation) => violation.id);
    expect(ids).to.include('color-contrast');
  });
});
