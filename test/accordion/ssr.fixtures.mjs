// What <bf-accordion> must look like when a server renders it (test/ssr/ssr.test.mjs checks each
// fixture in Node; test/ssr/hydration.test.ts hydrates each in Chromium and Firefox;
// test/accordion/no-js.test.ts shows them without the script).
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, find, findAll, lightDom, readableText, shadowRoot } from '../ssr/html.mjs';

/** The "Show all sections" text each language gets. */
export const showAllText = {
  nl: 'Alle onderdelen tonen',
  fr: 'Afficher toutes les sections',
  de: 'Alle Abschnitte anzeigen',
  en: 'Show all sections',
};

/** An item's heading, button and panel in its declarative shadow root. */
function parts(item) {
  const root = shadowRoot(item);
  assert.ok(root, '<bf-accordion-item> has no declarative shadow root');
  const heading = find(root, 'h2') ?? find(root, 'h3') ?? find(root, 'h4');
  assert.ok(heading, 'a real heading element');
  const button = find(heading, 'button');
  assert.ok(button, 'the heading holds a button');
  const panel = find(root, 'div', (element) => attr(element, 'part') === 'content');
  assert.ok(panel, 'a content panel');
  assert.equal(attr(button, 'aria-controls'), attr(panel, 'id'));
  assert.ok(find(panel, 'slot'), 'the content is slotted from the light DOM');
  return { heading, button, panel };
}

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  {
    name: 'accordion',
    serverLang: 'nl-BE',
    sizeChanges:
      'closed sections show their content until the script runs, so that it can be read without it',
    template: html`<bf-accordion
      ><bf-accordion-item heading="Wie kan een aanvraag indienen?"
        ><p>Iedereen die in België woont.</p></bf-accordion-item
      >
      <bf-accordion-item heading="Wat hebt u nodig?" open
        ><p>Uw identiteitskaart en de pincode ervan.</p></bf-accordion-item
      >
      <bf-accordion-item heading="Hoe lang duurt het?"
        ><p>Ongeveer vier weken.</p></bf-accordion-item
      ></bf-accordion
    >`,
    check({ fragment }) {
      const accordion = find(fragment, 'bf-accordion');
      const toggle = find(shadowRoot(accordion), 'button');
      assert.equal(attr(toggle, 'part'), 'toggle-all');
      assert.equal(readableText(find(toggle, 'span')), showAllText.nl);
      const items = findAll(fragment, 'bf-accordion-item');
      assert.equal(items.length, 3);
      for (const item of items) {
        const { heading, button, panel } = parts(item);
        assert.equal(heading.tagName, 'h2');
        assert.equal(readableText(find(button, 'span')), attr(item, 'heading'));
        const open = attr(item, 'open') !== null;
        assert.equal(attr(button, 'aria-expanded'), String(open));
        // Closed: hidden until the browser's find-in-page matches text in it.
        assert.equal(attr(panel, 'hidden'), open ? null : 'until-found');
        // The content itself is the page's: in the light DOM, readable without the script.
        assert.ok(readableText(lightDom(item)).length > 0);
      }
    },
  },
  {
    name: 'accordion-open-levels',
    serverLang: 'fr-BE',
    template: html`<bf-accordion heading-level="3">
      <bf-accordion-item heading="Qui peut introduire une demande ?" heading-level="3" open
        ><p>Toute personne domiciliée en Belgique.</p></bf-accordion-item
      >
      <bf-accordion-item heading="Combien de temps faut-il ?" heading-level="3"
        ><p>Environ quatre semaines.</p></bf-accordion-item
      >
    </bf-accordion>`,
    check({ fragment }) {
      for (const item of findAll(fragment, 'bf-accordion-item')) {
        const { heading, panel } = parts(item);
        assert.equal(heading.tagName, 'h3');
        assert.equal(attr(panel, 'hidden'), attr(item, 'open') === null ? 'until-found' : null);
      }
      // A server cannot see the sections: the button says "Show all" (as the browser's first
      // render does, to hydrate), and follows the sections once the script runs. Here that
      // changes nothing, as one section is closed.
      const toggle = find(shadowRoot(find(fragment, 'bf-accordion')), 'button');
      assert.equal(readableText(find(toggle, 'span')), showAllText.fr);
    },
    sizeChanges:
      'closed sections show their content until the script runs, so that it can be read without it',
  },
];
