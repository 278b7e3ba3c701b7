/**
 * The error `check` rejects with; fails when it resolves. For the tests that prove a test helper
 * goes red when the behaviour it checks is wrong.
 */
export async function rejection(check: Promise<unknown>): Promise<Error> {
  try {
    await check;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the check to fail, but it passed');
}
