// The frame of a "without JavaScript" test file: the page has only the server's HTML and the
// stylesheets, and the component is never defined.
import { expect } from '@open-wc/testing';
import {
  fixtureNamed,
  insertServerHtml,
  loadStylesheets,
  type SsrFixtures,
} from '../ssr/hydration-helpers.js';

/**
 * Call inside a `describe` block: loads the stylesheets, removes what was inserted afterwards,
 * and checks that `tag` was never defined (otherwise the file tests the script, not its absence).
 * Returns `insert(name)`, which puts that server-rendered fixture in the page and returns its
 * container.
 */
export function withoutScript(tag: string, rendered: SsrFixtures): (name: string) => HTMLElement {
  const containers: HTMLElement[] = [];

  before(loadStylesheets);
  after(() => containers.forEach((container) => container.remove()));

  it('is never defined here', () => {
    expect(customElements.get(tag)).to.equal(undefined);
  });

  return (name) => {
    const container = insertServerHtml(fixtureNamed(rendered, name));
    containers.push(container);
    return container;
  };
}
