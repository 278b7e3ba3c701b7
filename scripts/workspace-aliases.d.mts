/** Types for workspace-aliases.mjs (used from .storybook/main.ts and vitest.config.ts). */
import type { Plugin } from 'vite';

export declare const workspaceAliases: Readonly<Record<string, string>>;
export declare function resolveWorkspaceSource(specifier: string): string | undefined;
export declare function tsconfigPaths(): Record<string, string[]>;
export declare function workspaceSources(): Plugin;
export declare function workspaceSourcesForDevServer(): {
  name: string;
  serverStart(args: { config: { rootDir: string } }): void;
  resolveImport(args: { source: string }): string | undefined;
};
