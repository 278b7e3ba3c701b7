// Fixtures for the audit's own test (test/audit/audit-storybook.test.mjs): two stories the audit
// must pass and three it must fail, each for one reason. Hidden from the sidebar (`!dev`), the
// docs (`!autodocs`) and the story tests (`!test`: two of them fail axe on purpose); `npm run
// audit` skips them (the `audit-fixture` tag) unless it is asked for them with `--fixtures`.
/* eslint-disable lit-a11y/alt-text, lit-a11y/tabindex-no-positive -- the faults these fixtures exist to show */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@belfry/components/button';
import { textFor } from './story-context';

export default {
  title: 'Internal/Audit fixtures',
  tags: ['!dev', '!autodocs', '!test', 'audit-fixture'],
} satisfies Meta;

type Story = StoryObj;

/** Passes: a Belfry button, named, with Belfry's focus ring. */
export const Clean: Story = {
  render: (_args, context) => html`<bf-button>${textFor(context).send}</bf-button>`,
};

/**
 * Passes: a Belfry button partly cut off by a box that clips it (as a wide table's scrolling box
 * can leave it at 320 px). Its ring shows along the two edges that are not cut off, which is
 * enough: the indicator is judged where it can be seen (WCAG 2.4.11 asks that focus is not
 * entirely hidden).
 */
export const PartlyCutOff: Story = {
  render: (_args, context) =>
    html`<div style="inline-size: 6rem; block-size: 2rem; padding: 0.5rem; overflow: clip">
      <div style="inline-size: 20rem">
        <bf-button full-width>${textFor(context).send}</bf-button>
      </div>
    </div>`,
};

/** Fails axe: an image without a text alternative (WCAG 1.1.1, level A). */
export const ImageWithoutAlternative: Story = {
  render: () =>
    html`<img
      src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='40' height='40'/%3E"
      width="40"
      height="40"
    />`,
};

/** Fails the keyboard check: a button whose focus is not shown (WCAG 2.4.7). */
export const FocusNotVisible: Story = {
  render: (_args, context) =>
    html`<style>
        .audit-fixture-no-ring:focus {
          outline: none;
        }
      </style>
      <button class="audit-fixture-no-ring" type="button">${textFor(context).send}</button>`,
};

/** Fails the keyboard check: Tab goes to the last button first (a positive tabindex, WCAG 2.4.3). */
export const TabOrderNotPageOrder: Story = {
  render: (_args, context) =>
    html`<button type="button">${textFor(context).back}</button>
      <button type="button" tabindex="1">${textFor(context).send}</button>`,
};
