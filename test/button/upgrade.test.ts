// Nothing moves when <bf-button> upgrades on a page rendered without a server (plain HTML, then
// the script): undefined.css gives the element its final size before it is defined. This file
// loads the component only after measuring.
import { expect } from '@open-wc/testing';
import { measureUpgrade, type UpgradeResult, itKeepsEveryCaseInPlace } from '../helpers/upgrade.js';

const icon = (slot: string) =>
  `<svg slot="${slot}" aria-hidden="true" viewBox="0 0 16 16"><path d="M8 1v10M3 7l5 5 5-5"/></svg>`;

/** Buttons as authors write them. */
const cases: Record<string, string> = {
  text: '<bf-button>Aanvraag versturen</bf-button>',
  secondary: '<bf-button variant="secondary">Annuleren</bf-button>',
  'one character': '<bf-button>x</bf-button>',
  'start icon': `<bf-button>${icon('start')}Downloaden</bf-button>`,
  'end icon written first': `<bf-button>${icon('end')}Volgende</bf-button>`,
  'icon only': `<bf-button label="Downloaden">${icon('start')}</bf-button>`,
  link: '<bf-button href="/nl/aanvraag">Aanvraag starten</bf-button>',
  loading: '<bf-button loading>Versturen</bf-button>',
  disabled: '<bf-button disabled>Versturen</bf-button>',
  'full width': '<div style="inline-size: 300px"><bf-button full-width>Volgende</bf-button></div>',
  'long label at 320 px':
    '<div style="inline-size: 288px"><bf-button>Een aanvraag indienen voor een tegemoetkoming aan personen met een handicap</bf-button></div>',
  'in a line of text':
    '<p>Hebt u vragen? <bf-button variant="tertiary">Contacteer ons</bf-button> of bel 1234.</p>',
  hidden: '<bf-button hidden>Verborgen</bf-button>',
};

describe('bf-button upgrading on a page without server rendering', () => {
  let result: UpgradeResult;
  before(async () => {
    result = await measureUpgrade('bf-button', cases, () => import('@belfry/components/button'));
  });

  it('shows the text of every visible button before the upgrade', () => {
    for (const [name, placement] of result.before) {
      if (name === 'hidden' || name === 'icon only') continue;
      expect(placement.text.trim(), name).to.not.equal('');
    }
  });

  it('keeps hidden buttons hidden before the upgrade', () => {
    expect(result.before.get('hidden')!.element.width).to.equal(0);
  });

  itKeepsEveryCaseInPlace(cases, () => result);
});
