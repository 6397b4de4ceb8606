/**
 * Short, readable numbers for the inspector: sizes in B/KB/MB, durations in ms/s/min/h.
 */

/** A byte count as "512 B", "1.5 KB", "2.3 MB" (powers of 1,024, as browsers' tools show them). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return "?";
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${kb < 10 ? kb.toFixed(1) : Math.round(kb)} KB`;
  const mb = kb / 1024;
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}

/**
 * A duration as "0.4 ms", "12 ms", "3.2 s", "4 min 5 s", "2 h 3 min". Sub-millisecond steps keep
 * one decimal because a copy of a small value often takes less than a millisecond, and "0 ms"
 * would hide that it happened.
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return "?";
  if (ms < 1) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s < 10 ? s.toFixed(1) : Math.round(s)} s`;
  const totalS = Math.floor(s);
  const min = Math.floor(totalS / 60);
  if (min < 60) return totalS % 60 === 0 ? `${min} min` : `${min} min ${totalS % 60} s`;
  const h = Math.floor(min / 60);
  return min % 60 === 0 ? `${h} h` : `${h} h ${min % 60} min`;
}

/** An entry's age: whole seconds and up; anything younger is "under 1 s" (a fraction of a ms reads as noise). */
export function formatAge(ms: number): string {
  return ms < 1000 ? "under 1 s" : formatDuration(ms);
}

/** The clock offset of the emulated server as "+1 h 5 min", or "real time" when it was never moved. */
export function formatClockOffset(offsetMs: number): string {
  return offsetMs <= 0 ? "real time" : `+${formatDuration(offsetMs)}`;
}
