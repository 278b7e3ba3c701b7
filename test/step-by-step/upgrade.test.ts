// What happens when <bf-step-by-step> upgrades on a page rendered without a server (plain HTML,
// then the script): undefined.css shows every step, numbered, under its heading, until the
// script runs; then open steps stay as they are and closed ones fold away under their heading.
// This file loads the component only after measuring.
import { expect } from '@open-wc/testing';
import { measureUpgrade, type UpgradeResult, itKeepsEveryCaseInPlace } from '../helpers/upgrade.js';

const step = (heading: string, text: string, extra = ' open') =>
  `<bf-step-by-step-item heading="${heading}"${extra}><p>${text}</p></bf-step-by-step-item>`;

/** Lists whose steps are all open: nothing may move when the script runs. */
const allOpen: Record<string, string> = {
  'every step open': `<bf-step-by-step>${step('Uw adres wijzigen bij de gemeente', 'Ga binnen 8 werkdagen naar het gemeentehuis.')}${step('Uw ziekenfonds verwittigen', 'Uw ziekenfonds past uw dossier aan.')}${step('Uw energieleverancier verwittigen', 'Geef de meterstanden door.', ' open logic="or"')}</bf-step-by-step>`,
  'compact, at 320 px': `<div style="inline-size: 320px"><bf-step-by-step variant="compact">${step('Uw adreswijziging doorgeven aan het kinderbijslagfonds', 'Tekst.')}${step('Uw werkgever', 'Tekst.')}</bf-step-by-step></div>`,
  hidden: `<bf-step-by-step hidden>${step('Verborgen', 'Tekst.')}</bf-step-by-step>`,
};

/** With closed steps: readable before the script, folded under their headings after it. */
const closed: Record<string, string> = {
  'closed steps': `<bf-step-by-step>${step('Uw adres wijzigen', 'Ga naar het gemeentehuis.', '')}${step('Uw eID aanpassen', 'Ongeveer drie weken.', ' logic="and"')}</bf-step-by-step>`,
};

describe('bf-step-by-step upgrading on a page without server rendering', () => {
  let result: UpgradeResult;
  before(async () => {
    result = await measureUpgrade(
      'bf-step-by-step',
      { ...allOpen, ...closed },
      () => import('@belfry/components/step-by-step'),
    );
  });

  it('shows every step’s text before the upgrade, closed ones included', () => {
    const text = result.before.get('closed steps')!.text;
    expect(text).to.include('Ga naar het gemeentehuis.');
    expect(text).to.include('Ongeveer drie weken.');
  });

  it('folds closed steps away when the script runs, keeping their headings', () => {
    const before = result.before.get('closed steps')!;
    const after = result.after.get('closed steps')!;
    expect(after.element.height).to.be.lessThan(before.element.height);
    expect(after.text).to.not.include('Ongeveer drie weken.');
    const step = document.querySelector('bf-step-by-step-item[heading="Uw eID aanpassen"]')!;
    const button = step.shadowRoot!.querySelector<HTMLElement>('[part="button"]')!;
    expect(button.innerText.replace(/\s+/g, ' ').trim()).to.equal('en Uw eID aanpassen');
    expect(button.getBoundingClientRect().height).to.be.at.least(44);
  });

  itKeepsEveryCaseInPlace(allOpen, () => result);
});
