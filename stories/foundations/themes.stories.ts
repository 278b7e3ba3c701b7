import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { themes, useFoundationStyles, type ThemeInfo } from './tokens-data';

useFoundationStyles();

const meta = {
  title: 'Foundations/Themes',
  parameters: {
    docs: {
      description: {
        component:
          'All themes side by side, each applied with `data-bf-theme` on its own section. The samples are plain HTML ' +
          'styled only with tokens, so they show exactly what a theme changes. Agency themes change a small accent ' +
          'set (actions, links, brand band, selection) and keep everything else federal.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const styles = html`<style>
  .theme-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 19rem), 1fr));
    gap: var(--bf-space-5);
  }
  .theme-sample {
    color: var(--bf-color-text);
    background: var(--bf-color-background);
    border: var(--bf-border-width-thin) solid var(--bf-color-border-strong);
    border-radius: var(--bf-radius-large);
    overflow: hidden;
    font-size: var(--bf-font-size-body);
    line-height: var(--bf-line-height-body);
  }
  .theme-sample .band {
    block-size: var(--bf-space-2);
    background: var(--bf-color-brand);
  }
  .theme-sample .content {
    padding: var(--bf-space-5);
  }
  .theme-sample h3 {
    margin-block: 0 var(--bf-space-2);
  }
  .theme-sample .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--bf-space-2);
    margin-block: var(--bf-space-4);
  }
  .theme-sample button {
    min-block-size: var(--bf-button-min-size);
    padding: var(--bf-button-padding-block) var(--bf-button-padding-inline);
    border: var(--bf-button-border-width) solid var(--_border);
    border-radius: var(--bf-button-radius);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    font-weight: var(--bf-button-font-weight);
    line-height: var(--bf-button-line-height);
    cursor: pointer;
  }
  .theme-sample button:hover {
    background: var(--_bg-hover);
  }
  .theme-sample .primary {
    --_bg: var(--bf-button-primary-bg);
    --_bg-hover: var(--bf-button-primary-bg-hover);
    --_fg: var(--bf-button-primary-fg);
    --_border: var(--bf-button-primary-border);
  }
  .theme-sample .secondary {
    --_bg: var(--bf-button-secondary-bg);
    --_bg-hover: var(--bf-button-secondary-bg-hover);
    --_fg: var(--bf-button-secondary-fg);
    --_border: var(--bf-button-secondary-border);
  }
  .theme-sample .tertiary {
    --_bg: var(--bf-button-tertiary-bg);
    --_bg-hover: var(--bf-button-tertiary-bg-hover);
    --_fg: var(--bf-button-tertiary-fg);
    --_border: var(--bf-button-tertiary-border);
    text-decoration: underline;
  }
  .theme-sample .danger {
    --_bg: var(--bf-button-danger-bg);
    --_bg-hover: var(--bf-button-danger-bg-hover);
    --_fg: var(--bf-button-danger-fg);
    --_border: var(--bf-button-danger-border);
  }
  .theme-sample button:disabled {
    --_bg: var(--bf-button-disabled-bg);
    --_bg-hover: var(--bf-button-disabled-bg);
    --_fg: var(--bf-button-disabled-fg);
    --_border: var(--bf-button-disabled-border);
    cursor: not-allowed;
  }
  .theme-sample .alert {
    margin-block: var(--bf-space-2);
    padding: var(--bf-space-3) var(--bf-space-4);
    border: var(--bf-alert-border-width) solid var(--_border);
    border-inline-start-width: var(--bf-alert-accent-width);
    border-radius: var(--bf-alert-radius);
    background: var(--_bg);
    color: var(--_fg);
  }
  .theme-sample .alert--info {
    --_bg: var(--bf-alert-info-bg);
    --_fg: var(--bf-alert-info-fg);
    --_border: var(--bf-alert-info-border);
  }
  .theme-sample .alert--success {
    --_bg: var(--bf-alert-success-bg);
    --_fg: var(--bf-alert-success-fg);
    --_border: var(--bf-alert-success-border);
  }
  .theme-sample .alert--warning {
    --_bg: var(--bf-alert-warning-bg);
    --_fg: var(--bf-alert-warning-fg);
    --_border: var(--bf-alert-warning-border);
  }
  .theme-sample .alert--error {
    --_bg: var(--bf-alert-error-bg);
    --_fg: var(--bf-alert-error-fg);
    --_border: var(--bf-alert-error-border);
  }
  .theme-sample .field {
    display: grid;
    gap: var(--bf-field-gap);
    margin-block-start: var(--bf-space-4);
  }
  .theme-sample label {
    color: var(--bf-field-label-fg);
    font-weight: var(--bf-field-label-font-weight);
  }
  .theme-sample .hint {
    color: var(--bf-field-hint-fg);
  }
  .theme-sample .error-message {
    color: var(--bf-field-error-fg);
    font-weight: var(--bf-font-weight-strong);
  }
  .theme-sample input {
    min-block-size: var(--bf-field-min-size);
    padding: var(--bf-field-padding-block) var(--bf-field-padding-inline);
    border: var(--bf-field-invalid-border-width) solid var(--bf-field-border-invalid);
    border-radius: var(--bf-field-radius);
    background: var(--bf-field-bg);
    color: var(--bf-field-fg);
    font: inherit;
  }
  .theme-sample ::selection {
    background: var(--bf-color-selection-bg);
    color: var(--bf-color-selection-text);
  }
</style>`;

function sample(theme: ThemeInfo) {
  const id = `theme-${theme.name}`;
  return html`<section
    class="theme-sample"
    data-bf-theme=${theme.name}
    aria-labelledby="${id}-title"
  >
    <div class="band"></div>
    <div class="content">
      <h3 id="${id}-title">${theme.label}</h3>
      <p><code>data-bf-theme="${theme.name}"</code> · WCAG ${theme.contrastLevel}</p>
      <p class="muted">Muted text for hints and dates.</p>
      <p>
        Read the <a href="https://www.belgium.be/en">federal portal</a> or
        <a href="https://www.belgium.be/en/about_belgium">a visited-style link</a>.
      </p>
      <div class="buttons">
        <button type="button" class="primary">Continue</button>
        <button type="button" class="secondary">Save draft</button>
        <button type="button" class="tertiary">Cancel</button>
        <button type="button" class="danger">Delete</button>
        <button type="button" class="primary" disabled>Not yet</button>
      </div>
      <div class="alert alert--info">
        <strong>Information:</strong> offices close at 16:00 on Fridays.
      </div>
      <div class="alert alert--success"><strong>Success:</strong> your application was sent.</div>
      <div class="alert alert--warning">
        <strong>Warning:</strong> your session ends in 5 minutes.
      </div>
      <div class="alert alert--error">
        <strong>Error:</strong> enter your national register number.
      </div>
      <div class="field">
        <label for="${id}-nrn">National register number</label>
        <span class="hint" id="${id}-hint">11 digits, as on the back of your identity card.</span>
        <span class="error-message" id="${id}-error">Error: the number must have 11 digits.</span>
        <input
          id="${id}-nrn"
          inputmode="numeric"
          aria-invalid="true"
          aria-describedby="${id}-hint ${id}-error"
          value="8501"
        />
      </div>
    </div>
  </section>`;
}

export const SideBySide: Story = {
  name: 'Side by side',
  render: () =>
    html`<div class="bf-foundation">
      ${styles}
      <h2>Themes side by side</h2>
      <p>
        A theme applies to the element that has <code>data-bf-theme</code> and everything inside it,
        web components included (custom properties inherit into shadow DOM). Without the attribute,
        the page follows the system: <code>prefers-color-scheme: dark</code> selects Dark and
        <code>prefers-contrast: more</code> selects High contrast.
      </p>
      <div class="theme-grid">${themes.map(sample)}</div>
    </div>`,
};
