import { adoptStyles, LitElement, type CSSResultGroup, type PropertyDeclarations } from 'lit';
import { devMode, onServer } from './environment.js';
import type { StringOverrides } from './localize.js';
import { warnOnce } from './warn.js';
import { baseStyles } from './styles.js';

/**
 * @internal How many `define()` calls are running. The browser upgrades the elements of a tag
 * already in the page during its definition: AppearanceController counts them as present at load.
 */
export let defining = 0;

/**
 * The detail type of every `bf-*` event Belfry fires. Components add their own events with
 * declaration merging, next to the component:
 *
 * ```ts
 * export interface StepChangeDetail { step: number }
 * declare global {
 *   interface BelfryEventDetails { 'bf-step-change': StepChangeDetail }
 * }
 * ```
 *
 * Every event declared so is also added to `HTMLElementEventMap`, so that
 * `element.addEventListener('bf-step-change', (event) => event.detail.step)` is typed in user
 * code, and the JSX types (`@belfry/components/jsx`) give it a typed `onbf-step-change` prop (React
 * 19 listens to the event named after `on`, as written).
 */
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface BelfryEventDetails {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends BelfryEventMap {}
}

/** Every Belfry event by name, as the `CustomEvent` a listener receives. */
export type BelfryEventMap = {
  [Name in keyof BelfryEventDetails]: CustomEvent<BelfryEventDetails[Name]>;
};

export type BelfryEventName = keyof BelfryEventDetails & `bf-${string}`;

/** Options for {@link BelfryElement.emit}; `bubbles` and `composed` default to `true`. */
export type EmitOptions = Omit<CustomEventInit, 'detail'>;

/**
 * The base class of every Belfry element. It gives each component:
 * - shared base styles (box sizing, `[hidden]`, focus ring from tokens, reduced motion and
 *   forced-colours handling);
 * - a typed {@link emit} for composed `bf-*` events;
 * - a one-time development warning helper;
 * - {@link define}, which is safe to call more than once.
 */
export class BelfryElement extends LitElement {
  static override styles: CSSResultGroup = [baseStyles];

  // Reactive properties are declared here rather than with decorators: decorators add a helper
  // and a call per property to every component's download (see docs/decisions/0007).
  static override properties: PropertyDeclarations = {
    strings: { converter: { fromAttribute: parseStrings } },
  };

  /**
   * The Belfry elements this one renders, by tag. `define()` registers them first, so that
   * importing one component's entry is always enough, whatever it renders inside.
   */
  static dependencies: Readonly<Record<string, typeof BelfryElement>> = {};

  /**
   * Replaces this element's built-in text, for every language (`{"loading": "Even geduld"}`) or
   * per language (`{"nl": {"loading": "Even geduld"}, "fr": {"loading": "Un instant"}}`). As an
   * attribute it takes JSON; text that is not valid JSON is ignored with a console warning.
   */
  strings?: StringOverrides | undefined;

  constructor() {
    super();
    // Marks server-rendered elements: their declarative shadow root sizes them before the
    // script runs, so the size that undefined.css reserves for an element not yet defined
    // must not apply to them too.
    if (onServer) this.setAttribute('data-bf-ssr', '');
  }

  /**
   * Takes over a declarative shadow root from a server render.
   * - Lit's hydrate support, when it was loaded before Lit, hydrates it as it is; the styles are
   *   adopted too, because a strict Content-Security-Policy (`style-src 'self'`) blocks the
   *   `<style>` the server put in the shadow root.
   * - Without it (e.g. `belfry.js`, which bundles its own Lit), Lit would render before the
   *   server's content and the element would show twice: the server's content is dropped and the
   *   element renders afresh instead.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // Before the first render, the only shadow root an element can have is a declarative one.
    const serverContent = this.shadowRoot?.firstChild;
    const root = super.createRenderRoot();
    // Lit's own createRenderRoot renders before the root's first node; hydrate support does not.
    if (serverContent && this.renderOptions.renderBefore === serverContent) {
      root.replaceChildren();
      this.renderOptions.renderBefore = null;
    } else if (serverContent) {
      adoptStyles(root as ShadowRoot, (this.constructor as typeof LitElement).elementStyles);
    }
    return root;
  }

  /**
   * Registers `this` class as `tagName`, after its {@link dependencies}. Calling it again with
   * the same class does nothing; when the tag already belongs to another class (two copies of Belfry on one page, or a name
   * clash) it keeps the first registration and warns, instead of throwing and breaking the page.
   */
  static define(tagName: string, registry: CustomElementRegistry = customElements): void {
    for (const [dependencyTag, dependency] of Object.entries(this.dependencies)) {
      dependency.define(dependencyTag, registry);
    }
    const existing = registry.get(tagName);
    if (!existing) {
      // Elements already in the page upgrade during this call: they did not "appear".
      defining++;
      try {
        registry.define(tagName, this);
      } finally {
        defining--;
      }
      return;
    }
    if (devMode && existing !== this) {
      warnOnce(
        `define:${tagName}`,
        `<${tagName}> is already defined by another class, so this one was not registered. ` +
          'This usually means two copies of Belfry are loaded on the page; load one bundle only.',
      );
    }
  }

  /**
   * Dispatches a typed `bf-*` event that bubbles and crosses shadow roots. Returns `false` when
   * a listener called `preventDefault()` on a cancelable event.
   */
  protected emit<K extends BelfryEventName>(
    name: K,
    detail: BelfryEventDetails[K],
    options: EmitOptions = {},
  ): boolean {
    const event = new CustomEvent(name, {
      bubbles: true,
      composed: true,
      cancelable: false,
      ...options,
      detail,
    });
    return this.dispatchEvent(event);
  }

  /**
   * Logs a console warning once per element tag and message key, to help page authors. Call it
   * under `if (devMode)`, so that the production build leaves the message out.
   */
  protected warn(key: string, message: string): void {
    if (devMode) warnOnce(`${this.localName}:${key}`, `<${this.localName}>: ${message}`);
  }
}

function parseStrings(value: string | null): StringOverrides | undefined {
  if (!value) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      return parsed as StringOverrides;
    }
  } catch {
    // Fall through to the warning below.
  }
  if (devMode)
    warnOnce('strings-json', 'The "strings" attribute must be a JSON object; it was ignored.');
  return undefined;
}
