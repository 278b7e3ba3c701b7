// A reference row, not a Belfry component: the least any shadow-DOM button can cost (a shadow
// root, one shared style sheet, a <button> around a <slot>), without Lit, form association or
// localization. It shows how much of a component's ratio is the price of shadow DOM itself.
export default {
  name: 'reference-shadow-button',
  native: '<button>',
  setup: () => {
    if (customElements.get('reference-shadow-button')) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      ':host{display:inline-block} button{display:inline-flex;min-block-size:2.75rem;padding:.5rem 1rem}',
    );
    customElements.define(
      'reference-shadow-button',
      class extends HTMLElement {
        connectedCallback() {
          if (this.shadowRoot) return;
          const root = this.attachShadow({ mode: 'open' });
          root.adoptedStyleSheets = [sheet];
          const button = document.createElement('button');
          button.append(document.createElement('slot'));
          root.append(button);
        }
      },
    );
  },
  component: (index) => `<reference-shadow-button>Versturen ${index}</reference-shadow-button>`,
  plain: (index) => `<button type="button">Versturen ${index}</button>`,
};
