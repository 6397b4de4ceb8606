import { useEffect, useRef, type RefObject } from "react";

/**
 * A ref that always holds the latest `value`: for callbacks an editor calls from listeners it sets
 * up once, so that a new render's props reach them without building the editor again.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}
