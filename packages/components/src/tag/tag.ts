import {
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import { BelfryElement, devMode } from '@belfry/core';
import { errorIcon, infoIcon, successIcon, warningIcon } from '../icon/icons.js';
import { inlineIcon } from '../icon/inline-icon.js';
import { styles } from './tag.styles.js';

export const tagVariants = ['neutral', 'info', 'success', 'warning', 'error'] as const;
export type TagVariant = (typeof tagVariants)[number];

// Built once: every tag of a kind shares its drawing's template. A neutral status has no icon.
const icons: Record<TagVariant, ReturnType<typeof inlineIcon> | typeof nothing> = {
  neutral: nothing,
  info: inlineIcon(infoIcon),
  success: inlineIcon(successIcon),
  warning: inlineIcon(warningIcon),
  error: inlineIcon(errorIcon),
};

/**
 * @summary A short status in words ("New", "Signed", "To be paid before 30 June"), with a colour
 * and optionally an icon that repeat what the words say: never colour alone. Not interactive.
 *
 * @tag bf-tag
 *
 * @slot - The status, as text. Always write it out: the colour and icon only repeat it.
 *
 * @csspart base - The tag's box.
 * @csspart icon - The icon of `icon` tags (hidden from screen readers: the text says it).
 *
 * @cssprop --bf-tag-neutral-bg - Background of a neutral tag (the same `-fg` and `-border` tokens exist for each variant: neutral, info, success, warning, error).
 * @cssprop --bf-tag-neutral-fg - Text colour of a neutral tag.
 * @cssprop --bf-tag-neutral-border - Border colour of a neutral tag.
 * @cssprop --bf-tag-error-bg - Background of an error tag.
 * @cssprop --bf-tag-font-size - Text size.
 * @cssprop --bf-tag-padding-block - Space above and below the text.
 * @cssprop --bf-tag-padding-inline - Space before and after the text.
 * @cssprop --bf-tag-radius - Corner radius.
 * @cssprop --bf-tag-gap - Space between the icon and the text.
 */
export class BfTag extends BelfryElement {
  static override styles: CSSResultGroup = [BelfryElement.styles, styles];
  static override properties: PropertyDeclarations = {
    variant: {},
    icon: { type: Boolean, reflect: true, useDefault: true },
  };

  /**
   * What kind of status: `neutral` (the default: "Draft", "Read"), `info` ("New"), `success`
   * ("Paid"), `warning` ("Action needed") or `error` ("Rejected", "Overdue").
   */
  variant: TagVariant = 'neutral';

  /** Shows the variant's icon before the text (none for `neutral`). */
  icon = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (devMode && changed.has('variant') && !tagVariants.includes(this.variant)) {
      this.warn(
        `variant:${String(this.variant)}`,
        `variant="${String(this.variant)}" is unknown; "neutral" is used. Use neutral, info, success, warning or error.`,
      );
    }
  }

  protected override render() {
    const variant = tagVariants.includes(this.variant) ? this.variant : 'neutral';
    return html`<span part="base" class="tag tag--${variant}"
      >${this.icon ? icons[variant] : nothing}<slot></slot
    ></span>`;
  }
}
