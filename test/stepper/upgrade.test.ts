// <bf-stepper> on a page rendered without a server (plain HTML, then the script): until the
// script runs, undefined.css shows the steps one under the other, each readable on its own line.
// The script then adds "Step 2 of 5" and lays the steps out, so the stepper changes size once
// (docs/components/stepper.mdx says why). This file loads the component only after measuring.
import { expect } from '@open-wc/testing';
import { measureUpgrade, type UpgradeResult } from '../helpers/upgrade.js';

const cases: Record<string, string> = {
  'step 2 of 3': `<bf-stepper>
    <bf-stepper-step status="complete" href="#gegevens">Uw gegevens</bf-stepper-step>
    <bf-stepper-step status="current">Uw nieuwe adres</bf-stepper-step>
    <bf-stepper-step>Controleren en versturen</bf-stepper-step>
  </bf-stepper>`,
  hidden:
    '<bf-stepper hidden><bf-stepper-step status="current">Uw gegevens</bf-stepper-step></bf-stepper>',
};

describe('bf-stepper upgrading on a page without server rendering', () => {
  let result: UpgradeResult;
  before(async () => {
    result = await measureUpgrade('bf-stepper', cases, () => import('@belfry/components/stepper'));
  });

  it('shows every step on a line of its own before the upgrade, 44 px each', () => {
    const { text, element } = result.before.get('step 2 of 3')!;
    expect(text.split('\n').filter((line) => line.trim())).to.deep.equal([
      'Uw gegevens',
      'Uw nieuwe adres',
      'Controleren en versturen',
    ]);
    expect(element.height).to.be.at.least(3 * 44);
  });

  it('adds "Step 2 of 3" and the state of each step once upgraded', () => {
    const host = document.querySelector('bf-stepper:not([hidden])')!;
    const status = host.shadowRoot!.querySelector('[part="status"]')!;
    expect(status.textContent!.trim()).to.equal('Stap 2 van 3');
    const done = host.querySelector('bf-stepper-step')!.shadowRoot!.querySelector('a')!;
    expect(done.textContent!.replace(/\s+/g, '')).to.equal('(klaar)');
  });

  it('takes no room when hidden, before and after', () => {
    expect(result.before.get('hidden')!.element.height).to.equal(0);
    expect(result.after.get('hidden')!.element.height).to.equal(0);
  });
});
