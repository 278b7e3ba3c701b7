import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { descriptionColumn, tokenColumn, tokenTable, valueColumn } from './token-table';
import {
  themes,
  token,
  tokensOf,
  usage,
  useFoundationStyles,
  valueIn,
  type ThemeInfo,
  type TokenEntry,
} from './tokens-data';

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

// Component tokens are not declared by the theme CSS: like the components, the samples read each
// one through its fallback chain, `var(--bf-button-primary-bg, var(--bf-color-action))`, taken
// from the token catalogue so it always matches the token source.
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
    min-block-size: ${usage('--bf-button-min-size')};
    padding: ${usage('--bf-button-padding-block')} ${usage('--bf-button-padding-inline')};
    border: ${usage('--bf-button-border-width')} solid var(--_border);
    border-radius: ${usage('--bf-button-radius')};
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    font-weight: ${usage('--bf-button-font-weight')};
    line-height: ${usage('--bf-button-line-height')};
    cursor: pointer;
  }
  .theme-sample button:hover {
    background: var(--_bg-hover);
  }
  .theme-sample .primary {
    --_bg: ${usage('--bf-button-primary-bg')};
    --_bg-hover: ${usage('--bf-button-primary-bg-hover')};
    --_fg: ${usage('--bf-button-primary-fg')};
    --_border: ${usage('--bf-button-primary-border')};
  }
  .theme-sample .secondary {
    --_bg: ${usage('--bf-button-secondary-bg')};
    --_bg-hover: ${usage('--bf-button-secondary-bg-hover')};
    --_fg: ${usage('--bf-button-secondary-fg')};
    --_border: ${usage('--bf-button-secondary-border')};
  }
  .theme-sample .tertiary {
    --_bg: ${usage('--bf-button-tertiary-bg')};
    --_bg-hover: ${usage('--bf-button-tertiary-bg-hover')};
    --_fg: ${usage('--bf-button-tertiary-fg')};
    --_border: ${usage('--bf-button-tertiary-border')};
    text-decoration: underline;
  }
  .theme-sample .danger {
    --_bg: ${usage('--bf-button-danger-bg')};
    --_bg-hover: ${usage('--bf-button-danger-bg-hover')};
    --_fg: ${usage('--bf-button-danger-fg')};
    --_border: ${usage('--bf-button-danger-border')};
  }
  .theme-sample button:disabled {
    --_bg: ${usage('--bf-button-disabled-bg')};
    --_bg-hover: ${usage('--bf-button-disabled-bg')};
    --_fg: ${usage('--bf-button-disabled-fg')};
    --_border: ${usage('--bf-button-disabled-border')};
    cursor: not-allowed;
  }
  .theme-sample .alert {
    margin-block: var(--bf-space-2);
    padding: var(--bf-space-3) var(--bf-space-4);
    border: ${usage('--bf-alert-border-width')} solid var(--_border);
    border-inline-start-width: ${usage('--bf-alert-accent-width')};
    border-radius: ${usage('--bf-alert-radius')};
    background: var(--_bg);
    color: var(--_fg);
  }
  .theme-sample .alert--info {
    --_bg: ${usage('--bf-alert-info-bg')};
    --_fg: ${usage('--bf-alert-info-fg')};
    --_border: ${usage('--bf-alert-info-border')};
  }
  .theme-sample .alert--success {
    --_bg: ${usage('--bf-alert-success-bg')};
    --_fg: ${usage('--bf-alert-success-fg')};
    --_border: ${usage('--bf-alert-success-border')};
  }
  .theme-sample .alert--warning {
    --_bg: ${usage('--bf-alert-warning-bg')};
    --_fg: ${usage('--bf-alert-warning-fg')};
    --_border: ${usage('--bf-alert-warning-border')};
  }
  .theme-sample .alert--error {
    --_bg: ${usage('--bf-alert-error-bg')};
    --_fg: ${usage('--bf-alert-error-fg')};
    --_border: ${usage('--bf-alert-error-border')};
  }
  .theme-sample .field {
    display: grid;
    gap: ${usage('--bf-field-gap')};
    margin-block-start: var(--bf-space-4);
  }
  .theme-sample label {
    color: ${usage('--bf-field-label-fg')};
    font-weight: ${usage('--bf-field-label-font-weight')};
  }
  .theme-sample .hint {
    color: ${usage('--bf-field-hint-fg')};
  }
  .theme-sample .error-message {
    color: ${usage('--bf-field-error-fg')};
    font-weight: var(--bf-font-weight-strong);
  }
  .theme-sample input {
    min-block-size: ${usage('--bf-field-min-size')};
    padding: ${usage('--bf-field-padding-block')} ${usage('--bf-field-padding-inline')};
    border: ${usage('--bf-field-invalid-border-width')} solid ${usage('--bf-field-border-invalid')};
    border-radius: ${usage('--bf-field-radius')};
    background: ${usage('--bf-field-bg')};
    color: ${usage('--bf-field-fg')};
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

/** The components that have tokens: button, alert, field, … (from the token catalogue). */
const components = [...new Set(tokensOf('component', '').map((t) => t.id.split('.')[0]!))];

const fallbackColumn = {
  header: 'Until you set it',
  cell: (entry: TokenEntry) =>
    entry.rendersAs
      ? html`<code>${token(entry.rendersAs).cssVar}</code>`
      : html`<code>${valueIn(entry, 'federal')}</code>`,
};

export const OverridingTokens: Story = {
  name: 'Overriding tokens',
  render: () =>
    html`<div class="bf-foundation">
      <h2>Overriding tokens</h2>
      <p>
        Set a semantic token in any CSS rule, and every component inside that element follows:
        <code>.campaign { --bf-color-action: #0b5d1e; }</code>. To change one component only, set
        its component token: <code>.campaign { --bf-button-primary-bg: #0b5d1e; }</code>. A
        component token wins over the semantic token it falls back to. Both work on any element,
        with or without <code>data-bf-theme</code>, and whatever the order of the stylesheets.
      </p>
      <p>
        Whatever you override, you take on the contrast check yourself. An agency theme is better:
        the build measures every colour pair in it.
      </p>
      <p>
        The theme stylesheet does not declare component tokens. Until you set one, it takes the
        token or value in the second column, in every theme.
      </p>
      ${components.map((name) =>
        tokenTable({
          caption: html`<code>--bf-${name}-*</code>`,
          columns: [
            tokenColumn,
            fallbackColumn,
            { ...valueColumn(), header: 'Federal value' },
            descriptionColumn,
          ],
          rows: tokensOf('component', `${name}.`),
        }),
      )}
    </div>`,
};
