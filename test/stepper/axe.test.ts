import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '@belfry/components/stepper';
import type { BfStepper } from '@belfry/components';
import { axeViolations } from '../helpers/a11y.js';
import { axeMatrix } from '../helpers/matrix.js';

type Props = { width: string; statuses: string[]; open: boolean };

const names = ['Uw gegevens', 'Uw nieuwe adres', 'Verhuisdatum', 'Wie verhuist mee', 'Versturen'];

// Every theme and language: "Step 2 of 5" and each state's words change with the language, the
// colours with the theme. Variants: the row of a wide screen and the folded small-screen view.
// States: the second step current; a step to correct and one not needed; the last step current.
axeMatrix<Props>({
  tag: 'bf-stepper',
  variants: {
    // 48rem: wide, and inside the 800 px test page (the theme's background ends with the page).
    wide: { width: '48rem', open: false },
    folded: { width: '20rem', open: false },
    'folded, open': { width: '20rem', open: true },
  },
  states: {
    'step 2': { statuses: ['complete', 'current'] },
    'error and skipped': { statuses: ['complete', 'error', 'skipped', 'current'] },
    'last step': { statuses: ['complete', 'complete', 'skipped', 'complete', 'current'] },
  },
  locales: true,
  render: ({ width, statuses, open }) =>
    html`<h1>Adreswijziging</h1>
      <div style="inline-size: ${width}">
        <bf-stepper ?open=${open}>
          ${names.map(
            (name, index) =>
              html`<bf-stepper-step status=${statuses?.[index] ?? nothing} href="#stap-${index + 1}"
                >${name}</bf-stepper-step
              >`,
          )}
        </bf-stepper>
      </div>`,
});

describe('<bf-stepper> and the axe gate', () => {
  it('fails when a step stands outside a stepper: a list item without its list', async () => {
    const step = await fixture(
      html`<bf-stepper-step status="current">Uw nieuwe adres</bf-stepper-step>`,
    );
    const ids = (await axeViolations(step)).map((violation) => violation.id);
    expect(ids).to.include('aria-required-parent');
  });

  it('fails when the stepper is given a colour that is not readable on the page', async () => {
    const element = await fixture<BfStepper>(
      html`<bf-stepper style="--bf-stepper-link-fg: #b0b8c0">
        <bf-stepper-step status="complete" href="#stap-1">Uw gegevens</bf-stepper-step>
        <bf-stepper-step status="current">Uw nieuwe adres</bf-stepper-step>
      </bf-stepper>`,
    );
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    await Promise.all(element.steps.map((step) => step.updateComplete));
    const ids = (await axeViolations(element.parentElement!)).map((violation) => violation.id);
    expect(ids).to.include('color-contrast');
  });
});
