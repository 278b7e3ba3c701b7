import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { tokensOf, useFoundationStyles, valueIn } from './tokens-data';

useFoundationStyles();

const meta = {
  title: 'Foundations/Motion',
  parameters: {
    docs: {
      description: {
        component:
          'Durations and easings. Motion is short and only explains a change. When the system asks for reduced ' +
          'motion (prefers-reduced-motion: reduce), Belfry components switch transitions and animations off.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

function toggle(event: Event) {
  const button = event.currentTarget as HTMLButtonElement;
  const pressed = button.getAttribute('aria-pressed') === 'true';
  button.setAttribute('aria-pressed', String(!pressed));
  button.closest('.bf-foundation')?.classList.toggle('is-moved', !pressed);
}

export const DurationsAndEasings: Story = {
  name: 'Durations and easings',
  render: () =>
    html`<div class="bf-foundation motion-demo">
      <style>
        .motion-demo .track {
          position: relative;
          block-size: var(--bf-space-7);
          margin-block: var(--bf-space-2);
          border-block-end: var(--bf-border-width-thin) solid var(--bf-color-border);
        }
        .motion-demo .dot {
          position: absolute;
          inset-inline-start: 0;
          inline-size: var(--bf-space-6);
          block-size: var(--bf-space-6);
          border-radius: var(--bf-radius-pill);
          background: var(--bf-color-action);
          transition-property: inset-inline-start;
        }
        .motion-demo.is-moved .dot {
          inset-inline-start: calc(100% - var(--bf-space-6));
        }
        .motion-demo button {
          min-block-size: var(--bf-touch-target-min);
          padding: var(--bf-space-2) var(--bf-space-4);
          border: var(--bf-border-width-thick) solid var(--bf-button-primary-border);
          border-radius: var(--bf-button-radius);
          background: var(--bf-button-primary-bg);
          color: var(--bf-button-primary-fg);
          font: inherit;
          font-weight: var(--bf-button-font-weight);
          cursor: pointer;
        }
        /* Honour the user's setting: no movement, the dot simply appears at its new place. */
        @media (prefers-reduced-motion: reduce) {
          .motion-demo .dot {
            transition: none !important;
          }
        }
      </style>
      <h2>Durations and easings</h2>
      <p>
        Press the button to move each dot with one duration token and
        <code>--bf-easing-standard</code>. If your system asks for reduced motion, the dots jump
        without animating: that is what components do too.
      </p>
      <button type="button" aria-pressed="false" @click=${toggle}>Move the dots</button>
      ${tokensOf('primitive', 'duration.')
        .filter((entry) => entry.id !== 'duration.spinner')
        .map(
          (entry) =>
            html`<h3><code>${entry.cssVar}</code>: ${valueIn(entry, 'federal')}</h3>
              ${entry.description ? html`<p>${entry.description}</p>` : ''}
              <div class="track" aria-hidden="true">
                <span
                  class="dot"
                  style="transition-duration: var(${entry.cssVar}); transition-timing-function: var(--bf-easing-standard)"
                ></span>
              </div>`,
        )}
      <h3>Easings</h3>
      <ul>
        ${tokensOf('primitive', 'easing.').map(
          (entry) =>
            html`<li>
              <code>${entry.cssVar}</code>: <code>${valueIn(entry, 'federal')}</code> —
              ${entry.description}
            </li>`,
        )}
      </ul>
    </div>`,
};
