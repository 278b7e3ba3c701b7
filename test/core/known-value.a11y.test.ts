// A known value in the accessibility tree (Chromium and Firefox) and under axe, in every theme
// and language.
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand } from '@web/test-runner-commands';
import { nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { axeViolations } from '../helpers/a11y.js';
import { settle } from '../helpers/locales.js';
import { axeMatrix } from '../helpers/matrix.js';
import type { TestKnownField } from './known-value-field.js';
import './known-value-field.js';

/** The tags of the elements exposed with `role` and `name` in the browser's accessibility tree. */
function axFind(role: string, name: string): Promise<string[]> {
  return executeServerCommand('ax-find', { role, name });
}

interface AXNode {
  role?: string;
  name?: string;
  children?: AXNode[];
}

/** The names in the accessibility tree, in reading order (Chromium: the snapshot needs CDP). */
async function readingOrder(): Promise<string[] | undefined> {
  if (navigator.userAgent.includes('Firefox')) return undefined;
  const names: string[] = [];
  const walk = (node: AXNode) => {
    if (node.name && node.role !== 'RootWebArea') names.push(`${node.role}: ${node.name}`);
    node.children?.forEach(walk);
  };
  walk((await a11ySnapshot({})) as unknown as AXNode);
  return names;
}

describe('a known value in the accessibility tree (Chromium and Firefox)', () => {
  it('exposes the value, its source and a button named after the answer, not the hidden field', async () => {
    const field = await fixture<TestKnownField>(
      html`<test-known-field
        lang="en"
        name="street"
        label="Street"
        value="Wetstraat 16"
        source="national-register"
      ></test-known-field>`,
    );
    await settle();
    expect(await axFind('button', 'This is not correct: Street')).to.deep.equal(['button']);
    expect(await axFind('textbox', 'Street (optional)'), 'the hidden input').to.deep.equal([]);
    const order = await readingOrder();
    if (order) {
      // The question, the answer, where it comes from, and what to do if it is wrong.
      const at = (name: string) => order.findIndex((entry) => entry.endsWith(`: ${name}`));
      const steps = [
        'Street',
        'Wetstraat 16',
        'From the National Register',
        'This is not correct: Street',
      ].map(at);
      expect(
        steps.every((index) => index >= 0),
        order.join(' | '),
      ).to.equal(true);
      expect(
        [...steps].sort((a, b) => a - b),
        order.join(' | '),
      ).to.deep.equal(steps);
    }

    field.querySelector<HTMLButtonElement>('[data-bf-field="correct"]')!.click();
    await settle();
    expect(await axFind('textbox', 'Street (optional)')).to.deep.equal(['input']);
    expect(await axFind('button', 'This is not correct: Street')).to.deep.equal([]);
  });

  it('names the button in the page language', async () => {
    await fixture(
      html`<test-known-field
        lang="de-BE"
        name="street"
        label="Straße"
        value="Hauptstraße 1"
        source="national-register"
        required
      ></test-known-field>`,
    );
    await settle();
    expect(await axFind('button', 'Das stimmt nicht: Straße')).to.deep.equal(['button']);
    const order = await readingOrder();
    if (order) expect(order.join(' | ')).to.contain('Aus dem Nationalregister');
  });
});

// The field's label is the author's, written per language, so every language is checked with
// real text; the source and the button are Belfry's.
const words = {
  'nl-BE': { label: 'Straat', value: 'Wetstraat 16' },
  'fr-BE': { label: 'Rue', value: 'Rue de la Loi 16' },
  'de-BE': { label: 'Straße', value: 'Hauptstraße 1' },
  'en-BE': { label: 'Street', value: 'Wetstraat 16' },
} as const;

interface KnownProps {
  source: string;
  open: boolean;
  readonly: boolean;
  invalid: boolean;
  [key: string]: unknown;
}

axeMatrix<KnownProps>({
  tag: 'test-known-field',
  variants: {
    'national register': { source: 'national-register' },
    'free text source': { source: 'From your municipality' },
  },
  states: {
    known: {},
    corrected: { open: true },
    'read-only': { readonly: true },
    'known value in error': { invalid: true },
  },
  locales: true,
  render: ({ source, readonly, open, invalid }, { lang }) => {
    const text = words[(lang ?? 'en-BE') as keyof typeof words];
    // Put in its state once it has its control: before the matrix, which waits for the same
    // update, runs axe.
    const ready = (element: Element | undefined) => {
      const field = element as TestKnownField | undefined;
      void field?.updateComplete.then(() => {
        if (open) field.querySelector<HTMLButtonElement>('[data-bf-field="correct"]')?.click();
        if (invalid) field.reportValidity();
      });
    };
    return html`<test-known-field
      name="street"
      label=${text.label}
      value=${invalid ? '0999' : text.value}
      preset=${invalid ? 'postcode' : nothing}
      source=${source ?? nothing}
      ?readonly=${readonly}
      ${ref(ready)}
    ></test-known-field>`;
  },
});

describe('a known value and the axe gate', () => {
  it('fails when the source is unreadable against the page', async () => {
    const field = await fixture<TestKnownField>(
      html`<test-known-field
        label="Street"
        value="Wetstraat 16"
        source="national-register"
        style="--bf-known-value-source-fg: #c8c8c8; background: #ffffff"
      ></test-known-field>`,
    );
    await field.updateComplete;
    const ids = (await axeViolations(field)).map((violation) => violation.id);
    expect(ids).to.include('color-contrast');
  });
});
