import { describe, expect, it } from 'vitest';
import { describeWriteError, guardWrite, WriteError } from '../../../lib/db/write-error';

const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('write failures are described per action, saying what was and was not saved', () => {
  it.each([
    ['draft', /^Your latest changes are not saved yet, because this browser's storage is full\. They are still on this page, but they will be lost if you close it\./],
    ['cancel', /^Your changes were not cancelled, because this browser's storage is full\. They are still in your draft\./],
    ['submit', /^Your answers were not submitted, because this browser's storage is full\. They are still on this page, and the draft saved before is unchanged\./],
    ['profile', /^Your profile was not saved, because this browser's storage is full\. The profile saved before \(if any\) is unchanged\./],
    ['reminder', /^Your reminder was not saved, because this browser's storage is full\. The reminder stays as it was\./],
    ['delete', /^Nothing was deleted, because this browser's storage is full\. All your data is still in this browser\./],
  ] as const)('%s', (action, expected) => {
    expect(describeWriteError(full, action)).toMatch(expected);
    expect(describeWriteError(full, action)).not.toContain('QuotaExceededError');
  });

  it('names a closed database and an unexpected error in words', () => {
    expect(describeWriteError({ name: 'DatabaseClosedError', message: 'closed' }, 'profile')).toMatch(/because the database is closed .* Reopen this page and save again\.$/);
    expect(describeWriteError(new Error('disk on fire'), 'reminder')).toMatch(/because of an unexpected error \(disk on fire\)\. .* Wait a moment and save again\.$/);
    // Dexie wraps the browser's error: its inner name counts.
    expect(describeWriteError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } }, 'draft')).toContain("this browser's storage is full");
  });

  it('reports a write nested in a larger one as the larger action, with the original reason', async () => {
    const nested = guardWrite(() => guardWrite(() => Promise.reject(full), 'reminder'), 'delete');
    await expect(nested).rejects.toBeInstanceOf(WriteError);
    await expect(nested).rejects.toMatchObject({ action: 'delete', cause: full });
    await expect(nested).rejects.toThrow(/^Nothing was deleted, because this browser's storage is full\./);
  });
});
