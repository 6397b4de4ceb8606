/** The Cache Lab mark: a stack of cache layers with a refresh arrow (a rerun). Decorative. */
export function Logo({ className = "" }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className={className}>
      <rect width="32" height="32" rx="8" className="fill-rose-600 dark:fill-rose-500" />
      <path d="M9 11.5c0-1.4 3.1-2.5 7-2.5s7 1.1 7 2.5-3.1 2.5-7 2.5-7-1.1-7-2.5z" fill="#fff" />
      <path
        d="M9 16c0 1.4 3.1 2.5 7 2.5s7-1.1 7-2.5M9 20.5c0 1.4 3.1 2.5 7 2.5s7-1.1 7-2.5"
        fill="none"
        stroke="#fff"
        strokeWidth="1.8"
        strokeLinecap="round"
      />
    </svg>
  );
}
