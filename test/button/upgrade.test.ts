// Nothing moves when <bf-button> upgrades on a page rendered without a server (plain HTML, then
// the script): undefined.css gives the element its final size before it is defined. This file
// loads the component only after measuring.
import { expect } from '@open-wc/testing';
import { loadStylesheets, nextFrames } from '../ssr/hydration-helpers.js';

const icon = (slot: string) =>
  `<svg slot="${slot}" aria-hidden="true" viewBox="0 0 16 16"><path d="M8 1v10M3 7l5 5 5-5"/></svg>`;

/** Buttons as authors write them, each followed by text that would move if the button grew. */
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

const box = (element: Element) => {
  const { x, y, width, height } = element.getBoundingClientRect();
  return {
    x: Math.round(x * 10) / 10,
    y: Math.round(y * 10) / 10,
    width: Math.round(width * 10) / 10,
    height: Math.round(height * 10) / 10,
  };
};

describe('bf-button upgrading on a page without server rendering', () => {
  const containers = new Map<string, HTMLElement>();
  const measuredBefore = new Map<
    string,
    { button: ReturnType<typeof box>; after: ReturnType<typeof box>; text: string }
  >();

  const measure = (container: HTMLElement) => ({
    button: box(container.querySelector('bf-button')!),
    // The text after the button moves if the button changes size.
    after: box(container.querySelector('.after')!),
  });

  before(async () => {
    await loadStylesheets();
    for (const [name, markup] of Object.entries(cases)) {
      const container = document.createElement('div');
      container.lang = 'nl';
      container.setHTMLUnsafe(`${markup}<p class="after">Daarna volgt deze tekst.</p>`);
      document.body.append(container);
      containers.set(name, container);
    }
    await nextFrames();
    for (const [name, container] of containers) {
      measuredBefore.set(name, {
        ...measure(container),
        text: container.querySelector('bf-button')!.innerText,
      });
    }
    await import('@belfry/components/button');
    for (const container of containers.values()) {
      await container.querySelector('bf-button')!.updateComplete;
    }
    await nextFrames();
  });

  it('shows the text of every visible button before the upgrade', () => {
    for (const [name, measured] of measuredBefore) {
      if (name === 'hidden' || name === 'icon only') continue;
      expect(measured.text.trim(), name).to.not.equal('');
    }
  });

  it('keeps hidden buttons hidden before the upgrade', () => {
    expect(measuredBefore.get('hidden')!.button.width).to.equal(0);
  });

  for (const name of Object.keys(cases)) {
    it(`${name}: same size and place before and after the upgrade`, () => {
      expect(measure(containers.get(name)!)).to.deep.equal({
        button: measuredBefore.get(name)!.button,
        after: measuredBefore.get(name)!.after,
      });
    });
  }
});
