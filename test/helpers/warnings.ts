// The development warnings an element logs: Belfry's warnings go to `console.warn`, one message
// each, prefixed with "[Belfry]".

/** Runs `body` and returns the console warnings logged meanwhile, each as one string. */
export async function warningsDuring(body: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const { warn } = console;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await body();
  } finally {
    console.warn = warn;
  }
  return warnings;
}
