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
});
