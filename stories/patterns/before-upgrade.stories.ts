// How Belfry elements look before their script has run, with and without undefined.css; see
// docs/guides/server-rendering.md. The "before" panes are frames that never load the script, so
// the elements in them really are undefined.
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '@belfry/components/button';
import tokensCss from '@belfry/tokens/belfry.css?raw';
// The stylesheet's source, so that the story needs no build of the components.
import undefinedCss from '../../packages/components/src/undefined.css?raw';
import { localeOf, textFor, themeOf, type StoryText } from '../story-context';

type Sample = { text: keyof StoryText; variant?: string; loading?: boolean; endIcon?: boolean };

/** The buttons every pane shows, as a page author would write them. */
const samples: Sample[] = [
  { text: 'send' },
  { text: 'cancel', variant: 'secondary' },
  { text: 'next', variant: 'tertiary', endIcon: true },
  { text: 'save', loading: true },
];

const arrow =
  '<svg slot="end" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="1.25em" height="1.25em" fill="none" stroke="currentColor" stroke-width="2"><path d="M5 12h14M13 6l6 6-6 6"/></svg>';

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** The samples as the HTML a page sends (for the frames, where no script runs). */
function samplesHtml(text: StoryText): string {
  return samples
    .map(
      (sample) =>
        `<bf-button${sample.variant ? ` variant="${sample.variant}"` : ''}${
          sample.loading ? ' loading' : ''
        }>${escape(text[sample.text])}${sample.endIcon ? arrow : ''}</bf-button>`,
    )
    .join('\n');
}

/** A page with the token CSS, optionally undefined.css, and the samples, but no script. */
function pageWithoutScript(context: StoryContext, withUndefinedCss: boolean): string {
  const frameStyles = `body { margin: 0; padding: var(--bf-space-3, 0.75rem);
    background: var(--bf-color-surface); color: var(--bf-color-text);
    font-family: var(--bf-font-family-base, system-ui, sans-serif); }
    main { display: flex; flex-wrap: wrap; gap: var(--bf-space-3, 0.75rem); align-items: center; }`;
  return `<!doctype html>
<html lang="${localeOf(context)}" data-bf-theme="${themeOf(context)}">
<head>
<meta charset="utf-8">
<title>Belfry buttons before the script has run</title>
<style>${tokensCss}</style>
${withUndefinedCss ? `<style>${undefinedCss}</style>` : ''}
<style>${frameStyles}</style>
</head>
<body><main>${samplesHtml(textFor(context))}</main></body>
</html>`;
}

const paneStyles = html`<style>
  .before-upgrade {
    display: grid;
    gap: var(--bf-space-5, 1.5rem);
  }
  .before-upgrade figure {
    margin: 0;
  }
  .before-upgrade iframe,
  .before-upgrade .after {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 7rem;
    border: var(--bf-border-width-thin, 0.0625rem) solid var(--bf-color-border, #d8dce0);
    border-radius: var(--bf-radius-medium, 0.25rem);
  }
  .before-upgrade .after {
    display: flex;
    flex-wrap: wrap;
    gap: var(--bf-space-3, 0.75rem);
    align-items: center;
    align-content: start;
    padding: var(--bf-space-3, 0.75rem);
  }
  .before-upgrade figcaption {
    margin-block-end: var(--bf-space-2, 0.5rem);
  }
</style>`;

const meta = {
  title: 'Patterns/Before the script runs',
  parameters: {
    docs: {
      description: {
        component:
          'Until its script has run, a Belfry element is not defined (CSS `:not(:defined)`) and the ' +
          'browser shows only its text. `@belfry/components/undefined.css` gives each element its ' +
          'final size meanwhile, so nothing on the page moves when the script arrives (no layout ' +
          'shift), and the text stays readable. It does not paint the element as a control, because ' +
          'it cannot act yet. Server-rendered elements need none of this: their declarative shadow ' +
          'root already looks final. See docs/guides/server-rendering.md.',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

export const BeforeAndAfter: Story = {
  name: 'Before and after the script',
  render: (_args, context) => {
    const text = textFor(context);
    return html`${paneStyles}
      <div class="before-upgrade">
        <figure>
          <figcaption>
            <strong>Before the script, without undefined.css:</strong> plain text, which grows and
            pushes the page down when the script arrives.
          </figcaption>
          <iframe
            tabindex="-1"
            data-pane="plain"
            title="Buttons before the script, without undefined.css"
            srcdoc=${pageWithoutScript(context, false)}
          ></iframe>
        </figure>
        <figure>
          <figcaption>
            <strong>Before the script, with undefined.css:</strong> each button already takes its
            final size; the colours come with the script.
          </figcaption>
          <iframe
            tabindex="-1"
            data-pane="reserved"
            title="Buttons before the script, with undefined.css"
            srcdoc=${pageWithoutScript(context, true)}
          ></iframe>
        </figure>
        <figure>
          <figcaption><strong>After the script:</strong> the same buttons, upgraded.</figcaption>
          <div class="after" data-pane="after">
            ${samples.map(
              (sample) =>
                html`<bf-button variant=${sample.variant ?? 'primary'} ?loading=${sample.loading}
                  >${text[sample.text]}${
                    sample.endIcon
                      ? html`<svg
                          slot="end"
                          aria-hidden="true"
                          focusable="false"
                          viewBox="0 0 24 24"
                          width="1.25em"
                          height="1.25em"
                          fill="none"
                          stroke="currentColor"
                          stroke-width="2"
                        >
                          <path d="M5 12h14M13 6l6 6-6 6" />
                        </svg>`
                      : ''
                  }</bf-button
                >`,
            )}
          </div>
        </figure>
      </div>`;
  },
  play: async ({ canvasElement }) => {
    const frame = (pane: string) =>
      canvasElement.querySelector<HTMLIFrameElement>(`iframe[data-pane="${pane}"]`)!;
    const buttonsIn = (root: ParentNode) => [...root.querySelectorAll('bf-button')];
    const sizes = (root: ParentNode) =>
      buttonsIn(root).map((button) => {
        const { width, height } = button.getBoundingClientRect();
        return `${Math.round(width)}×${Math.round(height)}`;
      });
    await waitFor(() =>
      expect(buttonsIn(frame('reserved').contentDocument!).length).toBe(samples.length),
    );
    await waitFor(() =>
      expect(buttonsIn(frame('plain').contentDocument!).length).toBe(samples.length),
    );
    const after = canvasElement.querySelector<HTMLElement>('[data-pane="after"]')!;
    await Promise.all(buttonsIn(after).map((button) => button.updateComplete));
    // In the frames the buttons are really not defined, and their text shows.
    await expect(frame('reserved').contentWindow!.customElements.get('bf-button')).toBe(undefined);
    for (const button of buttonsIn(frame('reserved').contentDocument!)) {
      await expect((button as HTMLElement).innerText.trim()).not.toBe('');
    }
    // With undefined.css each button has, before the script, the size it has after it.
    await expect(sizes(frame('reserved').contentDocument!)).toEqual(sizes(after));
    // Without it they do not, which is why the stylesheet exists.
    await expect(sizes(frame('plain').contentDocument!)).not.toEqual(sizes(after));
  },
};
