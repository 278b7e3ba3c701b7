import { expect, fixture } from '@open-wc/testing';
import { html, LitElement, type PropertyDeclarations } from 'lit';
import {
  DisclosureController,
  forgetOpen,
  recallOpen,
  rememberOpen,
  type DisclosureMemoryKey,
  type DisclosureSource,
} from '@belfry/core';

// A disclosure that keeps its state under the group and id written on it, as a step-by-step
// step does with its list's `remember`.
class MemoryDisclosure extends LitElement {
  static override properties: PropertyDeclarations = {
    open: { type: Boolean, reflect: true },
  };

  open = false;
  readonly changes: [boolean, DisclosureSource][] = [];
  readonly disclosure = new DisclosureController(this, {
    onChange: (open, source) => this.changes.push([open, source]),
    remember: () => {
      const group = this.getAttribute('group');
      return group ? { group, id: this.id } : undefined;
    },
  });

  protected override render() {
    return html`<button aria-expanded=${String(this.open)} @click=${() => this.disclosure.toggle()}>
        Step
      </button>
      <div hidden=${this.disclosure.hidden}><slot></slot></div>`;
  }
}
customElements.define('test-memory-disclosure', MemoryDisclosure);

const group = 'test-moving-house';
const storageName = `belfry-open:${group}`;

/** The element once it has rendered and read what the tab kept. */
async function disclosure(id = 'address', open = false): Promise<MemoryDisclosure> {
  const element = await fixture<MemoryDisclosure>(
    html`<test-memory-disclosure group=${group} id=${id} ?open=${open}
      >Content</test-memory-disclosure
    >`,
  );
  await element.updateComplete;
  await element.updateComplete;
  return element;
}

describe('DisclosureController remember (session memory)', () => {
  afterEach(() => forgetOpen(group));

  it('keeps a disclosure the citizen opened, and opens it again on the next page', async () => {
    const first = await disclosure();
    first.shadowRoot!.querySelector('button')!.click();
    await first.updateComplete;
    const kept: unknown = JSON.parse(sessionStorage.getItem(storageName)!);
    expect(kept).to.deep.equal({ format: 'belfry-open', version: 1, open: { address: true } });
    first.remove();

    const again = await disclosure();
    expect(again.open).to.equal(true);
    expect(again.shadowRoot!.querySelector('button')!.getAttribute('aria-expanded')).to.equal(
      'true',
    );
    expect(again.changes).to.deep.equal([[true, 'memory']]);
  });

  it('keeps a closed state too: a step written open stays closed once closed', async () => {
    const first = await disclosure('eid', true);
    first.disclosure.toggle(false);
    await first.updateComplete;
    first.remove();
    expect((await disclosure('eid', true)).open).to.equal(false);
  });

  it('keeps each disclosure of a group apart, and each group apart', async () => {
    rememberOpen({ group, id: 'address' }, true);
    rememberOpen({ group, id: 'eid' }, false);
    rememberOpen({ group: 'test-other', id: 'address' }, false);
    try {
      expect(recallOpen({ group, id: 'address' })).to.equal(true);
      expect(recallOpen({ group, id: 'eid' })).to.equal(false);
      expect(recallOpen({ group, id: 'vehicle' })).to.equal(undefined);
      expect(recallOpen({ group: 'test-other', id: 'address' })).to.equal(false);
    } finally {
      forgetOpen('test-other');
    }
  });

  it('uses the written state when nothing is kept, and keeps nothing it did not change', async () => {
    const element = await disclosure('vehicle', true);
    expect(element.open).to.equal(true);
    expect(element.changes).to.deep.equal([]);
    expect(sessionStorage.getItem(storageName)).to.equal(null);
  });

  for (const [name, stored] of [
    ['not JSON', '{open'],
    ['another format', JSON.stringify({ format: 'other', version: 1, open: { address: true } })],
    [
      'another version',
      JSON.stringify({ format: 'belfry-open', version: 2, open: { address: true } }),
    ],
    [
      'a state that is not true or false',
      JSON.stringify({ format: 'belfry-open', version: 1, open: { address: 'yes' } }),
    ],
    [
      'a list instead of states',
      JSON.stringify({ format: 'belfry-open', version: 1, open: ['address'] }),
    ],
  ] as const) {
    it(`ignores stored data that is ${name}, and writes a good state over it`, async () => {
      sessionStorage.setItem(storageName, stored);
      const element = await disclosure();
      expect(element.open).to.equal(false);
      element.disclosure.toggle(true);
      await element.updateComplete;
      expect(recallOpen({ group, id: 'address' })).to.equal(true);
    });
  }

  it('works without memory, silently, when the browser refuses storage', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'sessionStorage')!;
    Object.defineProperty(window, 'sessionStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      const element = await disclosure();
      element.shadowRoot!.querySelector('button')!.click();
      await element.updateComplete;
      expect(element.open).to.equal(true);
      expect(recallOpen({ group, id: 'address' } satisfies DisclosureMemoryKey)).to.equal(
        undefined,
      );
      expect(() => forgetOpen(group)).to.not.throw();
    } finally {
      Object.defineProperty(window, 'sessionStorage', descriptor);
    }
  });

  it('works without memory, silently, when storage is full', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    try {
      const element = await disclosure();
      element.shadowRoot!.querySelector('button')!.click();
      await element.updateComplete;
      expect(element.open).to.equal(true);
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(sessionStorage.getItem(storageName)).to.equal(null);
  });
});
