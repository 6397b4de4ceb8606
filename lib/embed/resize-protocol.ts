/**
 * The embed resize protocol, version 1: the only message that crosses between an embedded playground
 * and the page that hosts it.
 *
 *   embed → host:  { source: "cache-lab", v: 1, type: "resize", height: <CSS pixels> }
 *
 * The embed posts it to `window.parent` whenever its content height changes. The host script
 * (embed-script.ts, served as /embed.js) applies it only to the iframe it came from, checked by origin
 * and by frame, with {@link parseResizeMessage} below: the one validator of the protocol. There
 * is no host → embed message: an embed ignores everything posted into it.
 */

/** The `source` tag of every Cache Lab message, so a host can tell them from other frames' messages. */
export const EMBED_MESSAGE_SOURCE = "cache-lab";
/** The protocol version this site speaks. A host ignores versions it does not know. */
export const EMBED_PROTOCOL_VERSION = 1;
/** Tallest height accepted, so a broken or hostile frame cannot make a host page endless. */
export const MAX_EMBED_HEIGHT = 20_000;

/** The embed's content is `height` CSS pixels tall. */
export interface ResizeMessage {
  source: typeof EMBED_MESSAGE_SOURCE;
  v: typeof EMBED_PROTOCOL_VERSION;
  type: "resize";
  /** Whole CSS pixels, 0 to {@link MAX_EMBED_HEIGHT}. */
  height: number;
}

/** Builds the message for a measured height: rounded up (never cut off a pixel) and capped. */
export function createResizeMessage(height: number): ResizeMessage {
  if (!Number.isFinite(height) || height < 0) throw new RangeError(`Not a height: ${height}`);
  return {
    source: EMBED_MESSAGE_SOURCE,
    v: EMBED_PROTOCOL_VERSION,
    type: "resize",
    height: Math.min(MAX_EMBED_HEIGHT, Math.ceil(height)),
  };
}

/**
 * Reads a received `MessageEvent.data` as a resize message, or returns null for anything else
 * (another tool's message, another version, extra or missing fields, a height out of range).
 * It checks the data only: whether the sender may resize a frame is the receiver's decision.
 */
export function parseResizeMessage(data: unknown): ResizeMessage | null {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  const keys = Object.keys(record).sort().join(",");
  if (keys !== "height,source,type,v") return null;
  if (record.source !== EMBED_MESSAGE_SOURCE || record.v !== EMBED_PROTOCOL_VERSION || record.type !== "resize")
    return null;
  const height = record.height;
  if (typeof height !== "number" || !Number.isInteger(height) || height < 0 || height > MAX_EMBED_HEIGHT) return null;
  return { source: EMBED_MESSAGE_SOURCE, v: EMBED_PROTOCOL_VERSION, type: "resize", height };
}
