import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { defining } from './belfry-element.js';
import { onServer } from './environment.js';

/** An element whose `hidden` is a reactive property, so that un-hiding it updates it. */
export type AppearanceHost = ReactiveControllerHost & HTMLElement;

/**
 * Tells a component when it **appears**: inserted into the page by a script after the page
 * loaded, or shown again (its `hidden` removed). An element that was in the page's HTML (parsed
 * while the page loads, upgraded when its script runs, or server-rendered and hydrated) is
 * present from the start: it has not appeared, and nothing is announced for it, as screen-reader
 * users meet it when they read the page.
 *
 * `onAppear` runs after the update that follows the appearance, so the rendered content is there.
 * The host must declare `hidden` as a reactive property (`{ type: Boolean, reflect: true }`) so
 * that showing it again updates it.
 */
export class AppearanceController implements ReactiveController {
  /** Whether the element was in the page when it loaded (see above). */
  private readonly presentAtLoad: boolean;
  private firstConnection = true;
  /** Whether this connection started silently (the first one of an element present at load). */
  private quiet = false;
  /** Whether the element was shown at the last update; `undefined` until the first after connecting. */
  private shown: boolean | undefined;

  constructor(
    private readonly host: AppearanceHost,
    private readonly onAppear: () => void,
  ) {
    host.addController(this);
    // Nothing appears on a server, which must not read browser globals either.
    // Elements upgraded while `BelfryElement.define()` runs were in the page before the script.
    this.presentAtLoad = onServer || defining > 0 || document.readyState === 'loading';
  }

  hostConnected(): void {
    this.quiet = this.firstConnection && this.presentAtLoad;
    this.firstConnection = false;
    this.shown = undefined;
    // A re-inserted element has no update pending: ask for one, to look at it after rendering.
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const shown = this.host.isConnected && !this.host.hidden;
    const appeared = this.shown === undefined ? shown && !this.quiet : shown && !this.shown;
    this.shown = shown;
    if (appeared) this.onAppear();
  }
}
