import { browser } from 'wxt/browser';

/** Shown instead of a questionnaire until the worker has chosen their authority and role. */
export function ProfileNeeded() {
  return (
    <div class="notice" role="status">
      <p>Before your first answers, choose your local authority and your role. It takes a moment and is asked only once.</p>
      <p class="actions">
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Choose authority and role
        </button>
      </p>
    </div>
  );
}
