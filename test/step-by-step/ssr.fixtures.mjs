// What <bf-step-by-step> must look like when a server renders it (test/ssr/ssr.test.mjs checks
// each fixture in Node; test/ssr/hydration.test.ts hydrates each in Chromium and Firefox;
// test/step-by-step/no-js.test.ts shows them without the script).
import assert from 'node:assert/strict';
import { html } from 'lit';
import { attr, find, findAll, lightDom, readableText, shadowRoot } from '../ssr/html.mjs';

/** The "Show all steps" text each language gets. */
export const showAllText = {
  nl: 'Alle stappen tonen',
  fr: 'Afficher toutes les étapes',
  de: 'Alle Schritte anzeigen',
  en: 'Show all steps',
};

/** A step's heading, button, marker and panel in its declarative shadow root. */
function parts(item) {
  const root = shadowRoot(item);
  assert.ok(root, '<bf-step-by-step-item> has no declarative shadow root');
  const heading = find(root, 'h2') ?? find(root, 'h3');
  assert.ok(heading, 'a real heading element');
  const button = find(heading, 'button');
  assert.ok(button, 'the heading holds a button');
  const marker = find(button, 'span', (element) => attr(element, 'part') === 'marker');
  assert.ok(marker, 'the button starts with the number or "and" / "or"');
  const panel = find(root, 'div', (element) => attr(element, 'part') === 'content');
  assert.ok(panel, 'a content panel');
  assert.equal(attr(button, 'aria-controls'), attr(panel, 'id'));
  assert.ok(find(panel, 'slot'), 'the content is slotted from the light DOM');
  // A list item before the script runs: the server writes the element's role on it.
  assert.equal(attr(item, 'role'), 'listitem');
  return { root, heading, button, marker, panel };
}

/** Why the shadow roots change when the script runs. */
const numbered =
  'the list counts its steps, which a server cannot see: a CSS counter draws each number until the script writes it as text for screen readers';

/** @type {import('../ssr/render.mjs').SsrFixture[]} */
export const fixtures = [
  {
    name: 'step-by-step',
    serverLang: 'nl-BE',
    builtFromChildren: numbered,
    sizeChanges:
      'closed steps show their content until the script runs, so that it can be read without it',
    template: html`<bf-step-by-step remember="verhuizen"
      ><bf-step-by-step-item heading="Uw adres wijzigen bij de gemeente"
        ><p>Ga binnen 8 werkdagen naar het gemeentehuis.</p></bf-step-by-step-item
      >
      <bf-step-by-step-item heading="Uw werkgever verwittigen" optional open
        ><p>Geef uw nieuwe adres door aan de personeelsdienst.</p></bf-step-by-step-item
      >
      <bf-step-by-step-item heading="Uw nummerplaat behouden" logic="or"
        ><p>Uw inschrijvingsbewijs wordt automatisch aangepast.</p></bf-step-by-step-item
      ></bf-step-by-step
    >`,
    check({ fragment }) {
      const list = find(fragment, 'bf-step-by-step');
      const root = shadowRoot(list);
      const toggle = find(root, 'button');
      assert.equal(attr(toggle, 'part'), 'toggle-all');
      assert.equal(readableText(find(toggle, 'span')), showAllText.nl);
      const ol = find(root, 'ol');
      assert.ok(ol, 'an ordered list around the steps');
      assert.ok(find(ol, 'slot'), 'the steps are slotted into the list');
      const items = findAll(fragment, 'bf-step-by-step-item');
      assert.equal(items.length, 3);
      items.forEach((item, index) => {
        const { heading, button, marker, panel } = parts(item);
        assert.equal(heading.tagName, 'h2');
        const open = attr(item, 'open') !== null;
        assert.equal(attr(button, 'aria-expanded'), String(open));
        assert.equal(attr(panel, 'hidden'), open ? null : 'until-found');
        // The number comes from a CSS counter until the list counts; "or" is text at once.
        if (index === 2) assert.equal(readableText(marker), 'of');
        else assert.match(attr(marker, 'class'), /counted/);
        assert.ok(readableText(lightDom(item)).length > 0);
      });
      assert.match(
        readableText(find(parts(items[1]).button, 'span', (e) => attr(e, 'class') === 'text')),
        /\(niet verplicht\)$/,
      );
    },
  },
  {
    name: 'step-by-step-signed-in-compact',
    serverLang: 'fr-BE',
    builtFromChildren: numbered,
    template: html`<bf-step-by-step variant="compact" heading-level="3">
      <bf-step-by-step-item
        heading="Changer votre adresse à la commune"
        heading-level="3"
        status="done"
        open
        ><p>L’agent de quartier passe chez vous.</p></bf-step-by-step-item
      >
      <bf-step-by-step-item
        heading="Prévenir votre mutualité"
        heading-level="3"
        status="action-needed"
        logic="and"
        open
        ><p>Votre mutualité met votre dossier à jour.</p></bf-step-by-step-item
      >
    </bf-step-by-step>`,
    check({ fragment }) {
      const [done, action] = findAll(fragment, 'bf-step-by-step-item').map(parts);
      assert.equal(done.heading.tagName, 'h3');
      for (const [step, word] of [
        [done, 'Terminé'],
        [action, 'Action requise'],
      ]) {
        const status = find(step.root, 'p', (element) => attr(element, 'part') === 'status');
        assert.ok(status, 'the status is under the heading');
        assert.equal(attr(step.button, 'aria-describedby'), attr(status, 'id'));
        // The words after the icon (whose own shadow root holds only its styles and drawing).
        assert.ok(readableText(lightDom(find(status, 'bf-tag'))).endsWith(` ${word}`), word);
        assert.ok(find(status, 'bf-icon'), 'an icon besides the words: never colour alone');
      }
      assert.equal(readableText(action.marker), 'et');
    },
  },
];
