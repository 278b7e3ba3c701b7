import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { px, pxColumn, tokenColumn, tokenTable, valueColumn } from './token-table';
import { token, tokensOf, useFoundationStyles, valueIn, type TokenEntry } from './tokens-data';

useFoundationStyles();

const meta = {
  title: 'Foundations/Spacing and sizes',
  parameters: {
    docs: {
      description: {
        component:
          'The spacing scale, the touch-target minimum and the breakpoints. All in rem or em, so layouts grow with ' +
          'the text instead of clipping it.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const bar = (entry: TokenEntry) =>
  html`<span
    aria-hidden="true"
    style=${styleMap({
      display: 'inline-block',
      'inline-size': `var(${entry.cssVar})`,
      'block-size': 'var(--bf-space-4)',
      background: 'var(--bf-color-action)',
      'vertical-align': 'middle',
    })}
  ></span>`;

export const SpacingScale: Story = {
  name: 'Spacing scale',
  render: () =>
    html`<div class="bf-foundation">
      <h2>Spacing scale</h2>
      <p>Steps of 4 px at default settings. Use them for gaps, padding and margins.</p>
      ${tokenTable({
        caption: html`<code>--bf-space-*</code>`,
        columns: [tokenColumn, valueColumn(), pxColumn, { header: 'Size', cell: bar }],
        rows: tokensOf('primitive', 'space.'),
      })}
    </div>`,
};

export const TouchTarget: Story = {
  name: 'Touch target',
  render: () => {
    const target = token('touch-target.min');
    return html`<div class="bf-foundation">
      <h2>Touch target</h2>
      <p>
        <code>${target.cssVar}</code> is ${valueIn(target, 'federal')}
        (${px(valueIn(target, 'federal'))} at default settings). Buttons, links in menus, checkboxes
        and every other control are at least this tall and wide, which meets WCAG 2.5.5 (AAA) and
        leaves a wide margin above 2.5.8 (AA, 24 px).
      </p>
      <div
        role="img"
        aria-label="A square of the minimum touch-target size"
        style=${styleMap({
          'inline-size': `var(${target.cssVar})`,
          'block-size': `var(${target.cssVar})`,
          border: 'var(--bf-border-width-thick) dashed var(--bf-color-border-strong)',
          'border-radius': 'var(--bf-radius-medium)',
        })}
      ></div>
    </div>`;
  },
};

export const Breakpoints: Story = {
  render: () =>
    html`<div class="bf-foundation">
      <h2>Breakpoints</h2>
      <p>
        In em, so a layout switches to one column when a citizen enlarges text, not only on small
        screens. Custom properties cannot be used inside <code>@media</code>: use
        <code>$bf-breakpoint-md</code> from the SCSS export, or <code>breakpointMd</code> from the
        JS export.
      </p>
      ${tokenTable({
        caption: html`<code>--bf-breakpoint-*</code>`,
        columns: [
          tokenColumn,
          valueColumn(),
          pxColumn,
          { header: 'Meaning', cell: (entry) => entry.description },
        ],
        rows: tokensOf('primitive', 'breakpoint.'),
      })}
      <h3>Layers</h3>
      <ul>
        ${tokensOf('primitive', 'z.').map(
          (entry) =>
            html`<li>
              <code>${entry.cssVar}</code>:
              ${valueIn(entry, 'federal')}${entry.description ? ` — ${entry.description}` : ''}
            </li>`,
        )}
      </ul>
    </div>`,
};
