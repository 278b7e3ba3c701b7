import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { token, tokensOf, useFoundationStyles, valueIn, type TokenEntry } from './tokens-data';

useFoundationStyles();

const meta = {
  title: 'Foundations/Radii, borders and shadows',
  parameters: {
    docs: {
      description: {
        component:
          'Corner radii, border widths, elevation and the focus ring. Shadows never carry meaning on their own: ' +
          'raised surfaces also have a border, which stays visible in high-contrast and forced-colors modes.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const box = (styles: Record<string, string>, label: string) =>
  html`<div
    style=${styleMap({
      display: 'grid',
      'place-items': 'center',
      'inline-size': 'var(--bf-space-10)',
      'min-block-size': 'var(--bf-space-9)',
      padding: 'var(--bf-space-2)',
      background: 'var(--bf-color-surface-raised)',
      border: 'var(--bf-border-width-thin) solid var(--bf-color-border-strong)',
      ...styles,
    })}
  >
    <span>${label}</span>
  </div>`;

const list = (entries: TokenEntry[], styleFor: (entry: TokenEntry) => Record<string, string>) =>
  html`<ul
    style=${styleMap({
      display: 'flex',
      'flex-wrap': 'wrap',
      gap: 'var(--bf-space-5)',
      'list-style': 'none',
      padding: '0',
    })}
  >
    ${entries.map(
      (entry) =>
        html`<li>
          ${box(styleFor(entry), entry.id.split('.').at(-1) ?? entry.id)}
          <code>${entry.cssVar}</code><br />
          <span class="muted">${valueIn(entry, 'federal')}</span>
        </li>`,
    )}
  </ul>`;

export const Radii: Story = {
  render: () =>
    html`<div class="bf-foundation">
      <h2>Corner radii</h2>
      ${list(tokensOf('primitive', 'radius.'), (e) => ({ 'border-radius': `var(${e.cssVar})` }))}
    </div>`,
};

export const BorderWidths: Story = {
  name: 'Border widths',
  render: () =>
    html`<div class="bf-foundation">
      <h2>Border widths</h2>
      <p>
        In rem, so borders thicken with zoomed text. The high-contrast theme makes control borders
        thick.
      </p>
      ${list(
        [...tokensOf('primitive', 'border-width.'), ...tokensOf('semantic', 'border-width.')],
        (e) => ({
          border: `var(${e.cssVar}) solid var(--bf-color-border-strong)`,
        }),
      )}
    </div>`,
};

export const Shadows: Story = {
  render: () =>
    html`<div class="bf-foundation">
      <h2>Shadows</h2>
      ${list(tokensOf('primitive', 'shadow.'), (e) => ({ 'box-shadow': `var(${e.cssVar})` }))}
    </div>`,
};

export const FocusRing: Story = {
  name: 'Focus ring',
  render: () => {
    const width = token('focus-ring.width');
    const offset = token('focus-ring.offset');
    const ring = {
      outline: 'var(--bf-focus-ring-width) solid var(--bf-color-focus-ring)',
      'outline-offset': 'var(--bf-focus-ring-offset)',
      'box-shadow': '0 0 0 var(--bf-focus-ring-offset) var(--bf-color-focus-ring-inner)',
    };
    return html`<div class="bf-foundation">
      <h2>Focus ring</h2>
      <p>
        Two tones: an outer ring in <code>--bf-color-focus-ring</code> (${valueIn(width, 'federal')}
        wide) and an inner ring in <code>--bf-color-focus-ring-inner</code> that fills the
        ${valueIn(offset, 'federal')} gap. One of the two always contrasts at least 3:1 with what is
        around it, on light, dark and coloured backgrounds (WCAG 2.4.11 and 2.4.13). Below, the ring
        is drawn permanently so you can see it; press Tab to see it for real.
      </p>
      <ul
        style=${styleMap({ display: 'flex', 'flex-wrap': 'wrap', gap: 'var(--bf-space-6)', 'list-style': 'none', padding: '0' })}
      >
        ${[
          ['On the surface', 'var(--bf-color-surface)', 'var(--bf-color-text)'],
          ['On the action colour', 'var(--bf-color-action)', 'var(--bf-color-text-on-action)'],
          ['On the danger colour', 'var(--bf-color-danger)', 'var(--bf-color-text-on-danger)'],
        ].map(
          ([label, bg, fg]) =>
            html`<li>
              <span
                style=${styleMap({
                  display: 'inline-block',
                  padding: 'var(--bf-space-2) var(--bf-space-4)',
                  'border-radius': 'var(--bf-radius-medium)',
                  background: bg ?? '',
                  color: fg ?? '',
                  ...ring,
                })}
                >${label}</span
              >
            </li>`,
        )}
      </ul>
    </div>`;
  },
};
