import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Form state that starts from a stored value and follows it: whenever `source` changes (the
 * settings were reloaded, the authority's policy arrived, everything was deleted) the state is
 * reset to it; in between, the worker's typing is kept. `source` is a plain value (compared with Object.is).
 */
export function useFollowedState<T extends string | number | boolean | undefined>(source: T): [T, (value: T) => void] {
  const [value, setValue] = useState(source);
  const followed = useRef(source);
  useEffect(() => {
    if (Object.is(followed.current, source)) return;
    followed.current = source;
    setValue(source);
  }, [source]);
  // Until the effect runs, show the new source rather than a stale value for one frame.
  return [Object.is(followed.current, source) ? value : source, setValue];
}
