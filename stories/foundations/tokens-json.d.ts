// The foundations stories read the JSON that `npm run build:tokens` writes. When it has not been
// built yet (a fresh checkout running `npm run typecheck`), these declarations keep TypeScript
// happy; tokens-data.ts gives the data its real types either way.
declare module '@belfry/tokens/json/*.json' {
  const value: unknown;
  export default value;
}
declare module '@belfry/tokens/contrast-report.json' {
  const value: unknown;
  export default value;
}
