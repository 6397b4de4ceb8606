/**
 * Share links: the code a reader is looking at, carried in a URL fragment so it never reaches a server.
 *
 * Format: `#code/<lz-string>?example=<name>[&autorun=1][&multi=<lz-string>]`, in the spirit of the
 * TypeScript playground's `#code/<lz-string>`. `multi`, from a multi-session playground, is the JSON
 * `{"v":1,"sessions":["A","B"],"schedule":"A until line 8, then B, then A"}` compressed the same way;
 * its `v` is the version of that field, so a later format is refused by name rather than misread. The
 * fragment is parsed strictly; anything unexpected is refused with a reason the page can show, and the
 * page then shows the reader's own code for the example.
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
  /** From a multi-session playground: its sessions and the schedule text, as the sender had them. */
  multi?: MultiSessionSetup;
}

/** A multi-session playground's setup besides its code. */
export interface MultiSessionSetup {
  /** Session names, "A" and "B", up to "D", in order. */
  sessions: string[];
  /** The schedule as typed; checked against the sessions and code only when the reader runs it. */
  schedule: string;
}

/** Version of the `multi` field this code writes and reads. */
export const MULTI_FIELD_VERSION = 1;
/** Longest schedule text a link may carry: a schedule is a line of words, not a document. */
export const MAX_SCHEDULE_LENGTH = 500;
const SESSION_NAMES = "ABCD";

/** Why a fragment could not be read as a share link. */
export type ShareLinkProblem = "too-long" | "corrupt" | "unknown-example" | "newer";

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
  if (shared.multi) {
    const problem = multiProblem(shared.multi);
    if (problem) throw new Error(`Not a multi-session setup: ${problem}`);
    const field = { v: MULTI_FIELD_VERSION, sessions: shared.multi.sessions, schedule: shared.multi.schedule };
    params.set("multi", LZString.compressToEncodedURIComponent(JSON.stringify(field)));
  }
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
  const shared: SharedCode = { example, code, autorun: params.get("autorun") === "1" };
  const multiField = params.get("multi");
  if (multiField !== null) {
    const multi = readMultiField(multiField);
    if (typeof multi === "string") return refuse(multi === NEWER ? "newer" : "corrupt", multiMessage(multi));
    shared.multi = multi;
  }
  return { kind: "shared", shared };
}

const NEWER = "newer";

function multiMessage(problem: string): string {
  return problem === NEWER
    ? "This share link was made by a newer version of Cache Lab: its sessions and schedule cannot be read here."
    : corruptMessage(`its sessions and schedule ${problem}`);
}

/** Reads the `multi` field: the setup, or what is wrong with it (NEWER for a later version). */
function readMultiField(field: string): MultiSessionSetup | string {
  if (field.length === 0 || /[^A-Za-z0-9+\-$]/.test(field)) return "are not in the expected encoding";
  let value: unknown;
  try {
    value = JSON.parse(LZString.decompressFromEncodedURIComponent(field) || "null");
  } catch {
    return "could not be read";
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "could not be read";
  const { v, sessions, schedule, ...rest } = value as Record<string, unknown>;
  if (typeof v === "number" && Number.isInteger(v) && v > MULTI_FIELD_VERSION) return NEWER;
  if (v !== MULTI_FIELD_VERSION || Object.keys(rest).length > 0) return "are not in the expected format";
  const setup = { sessions, schedule } as MultiSessionSetup;
  return multiProblem(setup) ?? setup;
}

/** What is wrong with a setup, in words that follow "its sessions and schedule", or null. */
function multiProblem({ sessions, schedule }: MultiSessionSetup): string | null {
  if (
    !Array.isArray(sessions) ||
    sessions.length < 2 ||
    sessions.length > SESSION_NAMES.length ||
    sessions.join("") !== SESSION_NAMES.slice(0, sessions.length)
  )
    return "name sessions this playground cannot have (it has two to four: A, B, C, D)";
  if (typeof schedule !== "string") return "are not in the expected format";
  if (schedule.length > MAX_SCHEDULE_LENGTH)
    return `hold a schedule that is too long (over ${MAX_SCHEDULE_LENGTH} characters)`;
  // Control and direction-changing characters could make the schedule field read differently from what runs.
  if (/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffd]/.test(schedule))
    return "hold a schedule with characters a schedule never has";
  return null;
}

function corruptMessage(why: string): string {
  return `This share link is damaged: ${why}. It may have been cut off when it was copied.`;
}
