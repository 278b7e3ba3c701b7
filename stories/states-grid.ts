// Several states of one component side by side, each under a short name, for the "States side by
// side" section of a component's guide. The names are for reviewers, in English (marked as
// such); the components follow the toolbar's language.
import { html } from 'lit';

export type StateExample = readonly [name: string, example: unknown];

export function statesGrid(states: readonly StateExample[]) {
  return html`<div
    style="display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr))"
  >
    ${states.map(
      ([name, example]) =>
        html`<div style="display: grid; gap: 0.25rem; align-content: start">
          <p lang="en" style="margin: 0; font-weight: 700">${name}</p>
          ${example}
        </div>`,
    )}
  </div>`;
}
