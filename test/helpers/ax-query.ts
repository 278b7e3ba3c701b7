// The browser's accessibility tree, as assistive technology gets it, not our DOM.
// - `axQuery`: elements by role and name, in Chromium and Firefox alike (the `ax-find` command
//   of web-test-runner.config.mjs);
// - `axNode`: one element's node in Chromium, with its description and states (`ax-node`).
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * The tag names of the elements exposed with `role` and accessible name `name`. Firefox searches
 * one tree only, so for nodes inside a shadow root pass `within`: the id of its host.
 */
export function axQuery(role: string, name: string, within?: string): Promise<string[]> {
  return executeServerCommand('ax-find', { role, name, within }) as Promise<string[]>;
}

/** One element's node in Chromium's tree. */
export type AXElement = {
  role: string;
  name: string;
  description: string;
  properties: Record<string, unknown>;
  ignored: boolean;
  ignoredReasons: string[];
  /** The roles of the nodes above it that are not ignored, nearest first. */
  ancestorRoles: string[];
};

/** The node of the element at `path`: one selector per tree, from the document into shadow roots. */
export function axNode(...path: string[]): Promise<AXElement> {
  return executeServerCommand('ax-node', { path }) as Promise<AXElement>;
}
