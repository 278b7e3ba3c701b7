import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Only a change of `disabled` can disable or enable the control. */
const disabledChanges: MutationObserverInit = { attributes: true, attributeFilter: ['disabled'] };

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

  hostConnected(): void {
    // Connected again, maybe in another place: other fieldsets are around it now.
    if (this.control()) this.#watch();
  }

  hostUpdated(): void {
    if (this.#watched !== this.control()) this.#watch();
    else this.#update();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#watched = undefined;
  }

  #watch(): void {
    const control = this.control();
    this.#observer?.disconnect();
    this.#watched = control;
    if (!control) return;
    this.#observer ??= new MutationObserver(() => this.#update());
    this.#observer.observe(control, disabledChanges);
    for (
      let fieldset = this.host.parentElement?.closest('fieldset');
      fieldset;
      fieldset = fieldset.parentElement?.closest('fieldset')
    ) {
      this.#observer.observe(fieldset, disabledChanges);
    }
    this.#update();
  }

  #update(): void {
    // `:disabled` also knows the fieldset's exceptions (a field in its first legend is enabled).
    const disabled = this.#watched?.matches(':disabled') ?? false;
    if (disabled === this.disabled) return;
    this.disabled = disabled;
    // (`states` is typed loosely: older TypeScript DOM libraries, which users may have, lack it.)
    const states = (this.internals as { states?: Set<string> } | undefined)?.states;
    try {
      if (disabled) states?.add('disabled');
      else states?.delete('disabled');
    } catch {
      // A browser without custom states: the styles fall back to what they see without them
      // (the host's `disabled` attribute, the control's `:disabled`).
    }
    this.host.requestUpdate();
  }
}
