// What <bf-help> must look like when a server renders it (test/ssr/ssr.test.mjs checks each
// fixture in Node; test/ssr/hydration.test.ts hydrates each in Chromium and Firefox;
// test/help/no-js.test.ts shows them without the script).
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, find, findAll, lightDom, readableText, shadowRoot } from '../ssr/html.mjs';

/** The entry's text in each language. */
export const headingText = {
  nl: 'Hulp nodig?',
  fr: 'Besoin d’aide ?',
  de: 'Brauchen Sie Hilfe?',
  en: 'Need help?',
};

/** The entry button and the panel, in the help's declarative shadow root. */
function parts(help) {
  const root = shadowRoot(help);
  assert.ok(root, '<bf-help> has no declarative shadow root');
  const heading = find(root, 'h2') ?? find(root, 'h3');
  assert.ok(heading, 'the entry is in a real heading');
  const button = find(heading, 'button');
  assert.ok(button, 'the heading holds the entry button');
  const panel = find(root, 'div', (element) => attr(element, 'part') === 'panel');
  assert.ok(panel, 'a panel');
  assert.equal(attr(button, 'aria-controls'), attr(panel, 'id'));
  return { root, heading, button, panel };
}

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  {
    name: 'help-attributes',
    serverLang: 'nl-BE',
    sizeChanges:
      'the closed panel shows its options until the script runs, so that the phone number can be read and dialled without it',
    template: html`<bf-help phone="+3222222222" appointment-href="/afspraak"></bf-help>`,
    check({ fragment }) {
      const help = find(fragment, 'bf-help');
      const { button, panel } = parts(help);
      assert.equal(readableText(find(button, 'span')), headingText.nl);
      assert.equal(attr(button, 'aria-expanded'), 'false');
      // Closed: hidden until the browser's find-in-page matches text in it.
      assert.equal(attr(panel, 'hidden'), 'until-found');
      const options = findAll(panel, 'bf-help-option');
      assert.deepEqual(
        options.map((option) => attr(option, 'kind')),
        ['call', 'appointment'],
      );
      const call = shadowRoot(options[0]);
      assert.ok(call, 'the call option is rendered on the server too');
      assert.equal(readableText(find(find(call, 'h3'), 'span')), 'Bel ons');
      const link = find(call, 'a');
      assert.equal(attr(link, 'href'), 'tel:+3222222222');
      assert.equal(readableText(link), '02 222 22 22');
      assert.equal(attr(find(shadowRoot(options[1]), 'a'), 'href'), '/afspraak');
    },
  },
  {
    name: 'help-children',
    serverLang: 'fr-BE',
    builtFromChildren:
      'a server cannot see the options written as children: the help slots them once its script runs',
    sizeChanges:
      'the closed panel shows its options until the script runs, so that they can be read without it',
    template: html`<bf-help heading-level="3" open>
      <bf-help-option kind="call" phone="02 222 22 22"
        ><p>Du lundi au vendredi, de 8 h 30 à 16 h 30.</p></bf-help-option
      >
      <bf-help-option kind="channels"
        ><p>Par courrier : rue de la Loi 1, 1000 Bruxelles.</p></bf-help-option
      >
    </bf-help>`,
    check({ fragment }) {
      const help = find(fragment, 'bf-help');
      const { heading, button, panel } = parts(help);
      assert.equal(heading.tagName, 'h3');
      assert.equal(readableText(find(button, 'span')), headingText.fr);
      assert.equal(attr(button, 'aria-expanded'), 'true');
      assert.equal(attr(panel, 'hidden'), null);
      assert.ok(find(panel, 'slot'), 'the options are slotted from the light DOM');
      const [call, channels] = findAll(fragment, 'bf-help-option');
      // A server sees no help around an option: its heading is level 3 unless it says otherwise.
      assert.equal(readableText(find(find(shadowRoot(call), 'h3'), 'span')), 'Appelez-nous');
      assert.equal(attr(find(shadowRoot(call), 'a'), 'href'), 'tel:+3222222222');
      // The page's own words stay in the light DOM: readable without the script.
      assert.match(readableText(lightDom(call)), /Du lundi au vendredi/);
      assert.match(readableText(lightDom(channels)), /Par courrier/);
    },
  },
];
