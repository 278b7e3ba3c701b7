import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { setCustomState } from './custom-state.js';

/**
 * Whether a field's native control is disabled now, whatever disabled it: the field's own
 * `disabled`, its choice group's, or a `<fieldset disabled>` around it (`bf-fieldset`'s
 * included). The host shows it as its custom state `disabled`, so that the field's styles draw
 * one disabled look for all of them with `:host(:state(disabled))`, without a `disabled`
 * attribute written on the host (which would become the field's own `disabled`).
 *
 * Why it watches: a field is not form-associated (docs/decisions/0013), so the browser tells it
 * nothing when a fieldset around it is disabled (no `formDisabledCallback`). Its control, in
 * light DOM, is disabled by the fieldset; the shadow root that draws the field's box cannot see
 * that in CSS (`:host(:has(> :disabled))` does not match in Chromium 156, and is not brought up
 * to date in Firefox 153). So the controller watches the `disabled` attribute of the control and
 * of every fieldset around the field (docs/decisions/0038-disabled-look-from-fieldsets.md).
 */
export class DisabledStateController implements ReactiveController {
  /** Whether the control is disabled now; `false` until there is one. */
  disabled = false;

  #observer: MutationObserver | undefined;
  /** The control watched, with the fieldsets around the field when it was connected. */
  #watched: Element | undefined;

  /**
   * @param internals the host's, for its custom states; without them (a server, an old browser)
   *   only `disabled` is kept, for the host's own render
   * @param control the native control whose state shows, once the host has one
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly internals: ElementInternals | undefined,
    private readonly control: () => Element | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const control = this.control();
    if (control && control !== this.#watched) {
      this.#watched = control;
      (this.#observer ??= new MutationObserver(() => this.hostUpdated())).disconnect();
      // The control, then every fieldset around it: nested ones disable it too.
      for (
        let node: Element | null | undefined = control;
        node;
        node = node.parentElement?.closest('fieldset')
      ) {
        // Only a change of `disabled` can disable or enable the control.
        this.#observer.observe(node, { attributeFilter: ['disabled'] });
      }
    }
    // `:disabled` also knows the fieldset's exceptions (a field in its first legend is enabled).
    const disabled = control?.matches(':disabled') ?? false;
    if (disabled === this.disabled) return;
    this.disabled = disabled;
    setCustomState(this.internals, 'disabled', disabled);
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    // Connected again, maybe in another place, other fieldsets are around it: the fields' own
    // controllers render the host again when it is connected, and it watches them from there.
    this.#watched = undefined;
  }
}
