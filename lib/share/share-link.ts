/**
 * Share links: the code a reader is looking at, carried in a URL fragment so it never reaches a server.
 *
 * Format: `#code/<lz-string>?example=<name>[&autorun=1]`, in the spirit of the TypeScript playground's
 * `#code/<lz-string>`. The fragment is parsed strictly; anything unexpected is refused with a reason the
 * page can show, and the page then shows the reader's own code for the example.
 */
import LZString from "lz-string";

/** What a share link carries. */
export interface SharedCode {
  /** Example name, e.g. "mutation/uber-cache-resource". */
  example: string;
  /** The reader's code, exactly as typed. */
  code: string;
  /**
   * The link asks to run the code on open. Never honoured: code from a link is not the example's own,
   * so it runs only when the reader presses Run. Read so the page can say the request was ignored.
   */
  autorun: boolean;
}

/** Why a fragment could not be read as a share link. */
export type ShareLinkProblem = "too-long" | "corrupt" | "unknown-example";

/**
 * Result of reading a fragment: nothing to read, a shared snippet, or a refusal with a message. A refusal
 * names the example when the link still says which one it was for, so that playground can show the message.
 */
export type ShareLinkReadResult =
  | { kind: "none" }
  | { kind: "shared"; shared: SharedCode }
  | { kind: "refused"; problem: ShareLinkProblem; message: string; example: string | null };

/** Longest fragment accepted. Browsers allow more, but chat tools and mail clients cut long links. */
export const MAX_FRAGMENT_LENGTH = 16_000;
/** Longest code accepted once decompressed (a guard against decompression bombs). */
export const MAX_CODE_LENGTH = 100_000;

const EXAMPLE_NAME = /^[a-z0-9-]+(\/[a-z0-9-]+)*$/;

/** Builds the fragment (starting with `#`) for a share link. */
export function encodeShareFragment(shared: SharedCode): string {
  if (!EXAMPLE_NAME.test(shared.example)) throw new Error(`Not an example name: ${JSON.stringify(shared.example)}`);
  const params = new URLSearchParams({ example: shared.example });
  if (shared.autorun) params.set("autorun", "1");
  return `#code/${LZString.compressToEncodedURIComponent(shared.code)}?${params.toString()}`;
}

/** The encoded length of a share fragment, so the UI can warn before making an unusable link. */
export function shareFragmentLength(shared: SharedCode): number {
  return encodeShareFragment(shared).length;
}

/**
 * Reads a URL fragment (with or without its leading `#`). `knownExamples` decides which example names
 * are accepted (on a page: the examples it shows); a link naming another example is refused rather
 * than guessed at.
 */
export function readShareFragment(fragment: string, knownExamples: (name: string) => boolean): ShareLinkReadResult {
  const body = fragment.startsWith("#") ? fragment.slice(1) : fragment;
  if (!body.startsWith("code/")) return { kind: "none" };
  const query = body.indexOf("?");
  const payload = body.slice("code/".length, query === -1 ? undefined : query);
  const params = new URLSearchParams(query === -1 ? "" : body.slice(query + 1));
  const example = params.get("example") ?? "";
  const refuse = (problem: ShareLinkProblem, message: string): ShareLinkReadResult => ({
    kind: "refused",
    problem,
    message,
    example: EXAMPLE_NAME.test(example) && problem !== "unknown-example" ? example : null,
  });
  if (body.length > MAX_FRAGMENT_LENGTH) {
    return refuse(
      "too-long",
      `This share link is too long to open (${body.length.toLocaleString("en-US")} characters; the limit is ${MAX_FRAGMENT_LENGTH.toLocaleString("en-US")}).`,
    );
  }
  if (!EXAMPLE_NAME.test(example))
    return refuse("corrupt", corruptMessage("it does not say which example it belongs to"));
  if (!knownExamples(example)) {
    return refuse("unknown-example", `This share link is for an example that is not on this page ("${example}").`);
  }
  if (payload.length === 0 || /[^A-Za-z0-9+\-$]/.test(payload))
    return refuse("corrupt", corruptMessage("its code is not in the expected encoding"));
  let code: string | null;
  try {
    code = LZString.decompressFromEncodedURIComponent(payload);
  } catch {
    code = null;
  }
  // lz-string returns "" or null for most corrupt input; a valid link never carries empty code.
  if (!code) return refuse("corrupt", corruptMessage("its code could not be decompressed"));
  if (code.length > MAX_CODE_LENGTH)
    return refuse(
      "too-long",
      `The code in this share link is too long (${code.length.toLocaleString("en-US")} characters; the limit is ${MAX_CODE_LENGTH.toLocaleString("en-US")}).`,
    );
  if (code.includes("\u0000") || code.includes("\uFFFD"))
    return refuse("corrupt", corruptMessage("its code is garbled"));
  return { kind: "shared", shared: { example, code, autorun: params.get("autorun") === "1" } };
}

function corruptMessage(why: string): string {
  return `This share link is damaged: ${why}. It may have been cut off when it was copied.`;
}
