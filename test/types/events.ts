// A type test: `npm run typecheck` compiles this file as user code would be compiled. Each
// `@ts-expect-error` must meet an error, so a Belfry event or element that loses its types fails
// the typecheck. Nothing here runs.
import type { BfButton } from '@belfry/components';
import type { BelfryEventMap } from '@belfry/core';

// A component declares its event once, next to its source (here, a stand-in for the test).
interface PageChangeDetail {
  page: number;
}
declare global {
  interface BelfryEventDetails {
    'bf-types-page-change': PageChangeDetail;
  }
}

export function typedListeners(element: HTMLElement): void {
  element.addEventListener('bf-types-page-change', (event) => {
    const page: number = event.detail.page;
    void page;
    // @ts-expect-error the detail is typed, not `any`
    const wrong: string = event.detail.page;
    void wrong;
  });
  // @ts-expect-error an unknown key of the detail is an error
  element.addEventListener('bf-types-page-change', (event) => event.detail.pageNumber);
  const event: BelfryEventMap['bf-types-page-change'] = new CustomEvent('bf-types-page-change', {
    detail: { page: 2 },
  });
  void event;
}

export function typedElements(): void {
  const button: BfButton = document.createElement('bf-button');
  button.loading = true;
  // @ts-expect-error variant is a union of known values
  button.variant = 'shiny';
  const found: BfButton | null = document.querySelector('bf-button');
  void found;
}

export function typedDraftEvents(draft: HTMLElementTagNameMap['bf-draft']): void {
  draft.addEventListener('bf-draft-save', (event) => {
    const answers: readonly (readonly [string, string | null])[] = event.detail.answers;
    void answers;
    // @ts-expect-error a draft's answers are pairs, not an object by name
    const byName: Record<string, string> = event.detail.answers;
    void byName;
  });
  draft.addEventListener('bf-draft-clear', (event) => {
    // @ts-expect-error the reason is one of three words
    const reason: 'reload' = event.detail.reason;
    void reason;
  });
}
