// What <bf-skip-link> does when its script never runs: this file never loads the component.
// Server-rendered, its declarative shadow root hides and shows it; written by the author with
// their own <a>, undefined.css does. Focus decides what shows, so the file runs one page at a
// time (its name ends in .keyboard.test.ts).
import { expect, fixture, html } from '@open-wc/testing';
import { ssrFixtures } from '../ssr/hydration-helpers.js';
import { withoutScript } from '../helpers/no-js.js';

const rendered = await ssrFixtures();
/** Whether the element is drawn at a readable size, not clipped to the 1px of hidden content. */
const isShown = (host: Element) => {
  const box = host.getBoundingClientRect();
  return box.width > 20 && box.height >= 44;
};

describe('bf-skip-link without JavaScript', () => {
  const insert = withoutScript('bf-skip-link', rendered);

  it('server-rendered: a real link to the main content, hidden until it has focus', () => {
    const host = insert('skip-link').querySelector('bf-skip-link')!;
    const link = host.shadowRoot!.querySelector<HTMLAnchorElement>('a')!;
    expect(link.getAttribute('href')).to.equal('#inhalt');
    expect(link.textContent).to.equal('Zum Hauptinhalt springen');
    expect(isShown(host)).to.equal(false);
    link.focus();
    expect(isShown(host)).to.equal(true);
    link.blur();
  });

  it('the author’s own link, before any script: hidden until it has focus', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <bf-skip-link><a href="#main">Naar de inhoud</a></bf-skip-link>
      </div>`,
    );
    const host = page.querySelector('bf-skip-link')!;
    expect(isShown(host)).to.equal(false);
    page.querySelector('a')!.focus();
    expect(isShown(host)).to.equal(true);
  });
});
