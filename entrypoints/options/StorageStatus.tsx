import { useEffect, useState } from 'preact/hooks';
import { isStoragePersistent } from '@/lib/db/persistent-storage';

/**
 * Whether the browser has made this extension's storage persistent (it is asked when the profile
 * is saved and with the first draft). `version` changes when it may have been asked again.
 */
export function StorageStatus({ version }: { version: unknown }) {
  const [persistent, setPersistent] = useState<boolean | undefined | 'unknown'>('unknown');
  useEffect(() => void isStoragePersistent().then(setPersistent), [version]);
  if (persistent === 'unknown') return null;
  return (
    <p id="storage-status">
      {persistent === true
        ? 'Storage: persistent. This browser will not clear your answers to free up space.'
        : persistent === false
          ? 'Storage: not persistent. This browser may clear your answers if it runs short of space; export them now and then to keep a copy.'
          : 'Storage: this browser does not say whether it may clear your answers to free up space; export them now and then to keep a copy.'}
    </p>
  );
}
