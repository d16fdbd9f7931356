// The message and error lines of the extension's pages, in live regions that screen readers announce.

/**
 * The regions are always in the page (a region that appears together with its text is often not read out);
 * the boxes inside appear only with text. `#message` / `#error` are what tests and people look at.
 */
export function Messages({ message, error }: { message: string; error: string }) {
  return (
    <>
      <div role="status" aria-live="polite">
        {message && (
          <div class="msg" id="message">
            {message}
          </div>
        )}
      </div>
      <div role="alert" aria-live="assertive">
        {error && (
          <div class="err" id="error">
            {error}
          </div>
        )}
      </div>
    </>
  );
}
