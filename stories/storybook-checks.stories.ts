// Checks on the Storybook set-up itself, run with every other story by `npm run test:stories`.
// Hidden from the sidebar (`!dev`) and from the docs (`!autodocs`): they document nothing.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { expect } from 'storybook/test';

/**
 * A Lit element written the way Belfry's components are: TypeScript `experimentalDecorators`
 * with `useDefineForClassFields: false`. If Storybook's transform used standard class-field
 * semantics, the initialised fields would shadow Lit's reactive accessors and this element
 * would ignore its attributes.
 */
class PropertyProbe extends LitElement {
  @property() greeting = 'initial';
  @property({ type: Boolean, reflect: true }) active = false;

  protected override render() {
    return html`<p>${this.greeting}${this.active ? ' (active)' : ''}</p>`;
  }
}
if (!customElements.get('bf-internal-property-probe')) {
  customElements.define('bf-internal-property-probe', PropertyProbe);
}

export default {
  title: 'Internal/Toolchain checks',
  tags: ['!dev', '!autodocs'],
} satisfies Meta;

type Story = StoryObj;

export const DecoratedProperties: Story = {
  render: () =>
    html`<bf-internal-property-probe greeting="Goedendag" active></bf-internal-property-probe>`,
  play: async ({ canvasElement }) => {
    const probe = canvasElement.querySelector('bf-internal-property-probe') as PropertyProbe;
    await probe.updateComplete;
    // Own-property check: with define semantics the field would be an own data property.
    await expect(Object.prototype.hasOwnProperty.call(probe, 'greeting')).toBe(false);
    await expect(probe.greeting).toBe('Goedendag');
    await expect(probe.shadowRoot?.textContent).toContain('Goedendag (active)');
    probe.greeting = 'Bonjour';
    probe.active = false;
    await probe.updateComplete;
    await expect(probe.shadowRoot?.textContent?.trim()).toBe('Bonjour');
    await expect(probe.hasAttribute('active')).toBe(false);
  },
};

/** The decorator in preview.ts carries the toolbar language and theme to the story root. */
export const LanguageAndTheme: Story = {
  globals: { locale: 'fr', theme: 'dark' },
  render: () => html`<p>Bonjour</p>`,
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('.bf-story-root') as HTMLElement;
    await expect(root.lang).toBe('fr');
    await expect(root.dataset['bfTheme']).toBe('dark');
    await expect(document.documentElement.lang).toBe('fr');
    // The token CSS is loaded and the dark theme's surface paints the root (not the white default).
    await expect(getComputedStyle(root).backgroundColor).not.toBe('rgb(255, 255, 255)');
    await expect(getComputedStyle(root).color).not.toBe(getComputedStyle(root).backgroundColor);
  },
};

/** The 320 px viewport (WCAG reflow width) is applied to the test browser too. */
export const SmallPhoneViewport: Story = {
  globals: { viewport: { value: 'smallPhone320', isRotated: false } },
  render: () => html`<p>320</p>`,
  play: async () => {
    await expect(window.innerWidth).toBe(320);
  },
};
