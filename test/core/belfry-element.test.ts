import { expect, fixture, html as fixtureHtml, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import { BelfryElement } from '@belfry/core';

declare global {
  interface BelfryEventDetails {
    'bf-test-ping': { count: number };
  }
}

class TestEmitter extends BelfryElement {
  ping(count: number) {
    return this.emit('bf-test-ping', { count });
  }
  protected override render() {
    return html`<slot></slot>`;
  }
}
TestEmitter.define('test-emitter');

describe('BelfryElement', () => {
  it('define() is safe to call twice with the same class', () => {
    expect(() => TestEmitter.define('test-emitter')).not.to.throw();
    expect(customElements.get('test-emitter')).to.equal(TestEmitter);
  });

  it('define() keeps the first class and warns on a conflicting registration', () => {
    class Impostor extends BelfryElement {}
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      expect(() => Impostor.define('test-emitter')).not.to.throw();
    } finally {
      console.warn = original;
    }
    expect(customElements.get('test-emitter')).to.equal(TestEmitter);
    expect(String(warnings[0])).to.contain('<test-emitter> is already defined');
  });

  it('emit() fires a composed, bubbling event with a typed detail across shadow roots', async () => {
    const outer = await fixture(fixtureHtml`<div></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    const emitter = document.createElement('test-emitter') as TestEmitter;
    root.append(emitter);
    setTimeout(() => emitter.ping(3));
    const event = await oneEvent(document.body, 'bf-test-ping');
    expect(event.detail).to.deep.equal({ count: 3 });
    expect(event.composed).to.equal(true);
    expect(event.bubbles).to.equal(true);
  });

  it('hides itself with the hidden attribute even when a component sets a display', async () => {
    const el = await fixture<TestEmitter>(
      fixtureHtml`<test-emitter hidden style="display: block">x</test-emitter>`,
    );
    expect(getComputedStyle(el).display).to.equal('none');
  });

  it('renders once into a server-rendered shadow root when nothing hydrates it', async () => {
    // This test page loads no hydrate support: Lit renders afresh into the declarative shadow
    // root, which must replace the server's content, not add to it.
    const container = await fixture(fixtureHtml`<div></div>`);
    container.setHTMLUnsafe(
      '<test-server-rendered><template shadowrootmode="open"><p>From the server</p></template>x</test-server-rendered>',
    );
    const el = container.querySelector('test-server-rendered')!;
    const serverRoot = el.shadowRoot;
    expect(serverRoot, 'the declarative shadow root was attached').to.exist;
    class TestServerRendered extends BelfryElement {
      protected override render() {
        return html`<slot></slot>`;
      }
    }
    TestServerRendered.define('test-server-rendered');
    await (el as TestServerRendered).updateComplete;
    expect(el.shadowRoot).to.equal(serverRoot);
    expect(el.shadowRoot!.querySelectorAll('p').length, 'server content left behind').to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('slot').length).to.equal(1);
  });
});
