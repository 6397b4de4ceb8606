/**
 * Predict, run, check: a question a playground asks before a run ("Will this run be a cache hit or
 * a miss?"), and the grader that reads the answer off the run's own cache events and error. Plain
 * data in, plain data out, so MDX can author a question as a prop and Node tests can grade real runs.
 */
import type { CacheEvent, MissReason, RunResult } from "@/lib/streamlit/types";

/** Fields every question has. */
interface QuestionFields {
  /** The section that teaches the answer: an id of a heading on the same page, e.g. "#caching-a-function". */
  href: string;
  /** Words of the link to that section, e.g. "Caching a function". */
  section: string;
}

/** "Will this run's call to `fn` be a cache hit or a miss?" */
export interface HitOrMissQuestion extends QuestionFields {
  kind: "hit-or-miss";
  /** Display name of the cached function, as its events name it. */
  fn: string;
}

/** "Will `fn` hand this run the same object as last run, or a copy?" Asked once there was a last run. */
export interface SameOrCopyQuestion extends QuestionFields {
  kind: "same-or-copy";
  fn: string;
}

/** "Will this run fail?", or, in a multi-session playground, "Will session B's run fail?". */
export interface FailQuestion extends QuestionFields {
  kind: "fail";
  /** In a multi-session playground: the session whose run is graded. */
  session?: string;
}

/** A question as a tutorial authors it. */
export type Question = HitOrMissQuestion | SameOrCopyQuestion | FailQuestion;

/** One possible answer: the value graded and the words on its button. */
export interface Choice {
  value: string;
  label: string;
}

/** The outcome of a graded answer. */
export interface Grade {
  correct: boolean;
  /** The right answer (one of the question's choice values). */
  actual: string;
  /** One sentence saying why the run went that way. */
  explanation: string;
}

/** The question as the reader reads it. */
export function promptOf(question: Question): string {
  switch (question.kind) {
    case "hit-or-miss":
      return `Will this run's call to ${question.fn} be a cache hit or a miss?`;
    case "same-or-copy":
      return `Will ${question.fn} hand this run the same object as last run, or a copy?`;
    case "fail":
      return question.session ? `Will session ${question.session}'s run fail?` : "Will this run fail?";
  }
}

/** The answers offered, one button each. */
export function choicesOf(question: Question): Choice[] {
  switch (question.kind) {
    case "hit-or-miss":
      return [
        { value: "hit", label: "A hit" },
        { value: "miss", label: "A miss" },
      ];
    case "same-or-copy":
      return [
        { value: "same", label: "The same object" },
        { value: "copy", label: "A copy" },
      ];
    case "fail":
      return [
        { value: "fails", label: "It fails" },
        { value: "works", label: "It works" },
      ];
  }
}

/** Whether the question can be asked now: "same or copy" needs a last run to compare with. */
export function canAsk(question: Question, previous: RunResult | undefined): boolean {
  return question.kind !== "same-or-copy" || handedObject(previous, question.fn) !== undefined;
}

/**
 * Grades `answer` against `run`, the run it was given before; `previous` is the run before that,
 * for "same or copy". Null when the run says nothing either way (the function was never called, or
 * the run failed before it): the page then says so instead of grading.
 */
export function grade(question: Question, answer: string, run: RunResult, previous?: RunResult): Grade | null {
  const outcome = actualOf(question, run, previous);
  if (!outcome) return null;
  return { correct: answer === outcome.actual, ...outcome };
}

function actualOf(
  question: Question,
  run: RunResult,
  previous: RunResult | undefined,
): { actual: string; explanation: string } | null {
  switch (question.kind) {
    case "hit-or-miss": {
      const first = run.events.find((e) => e.functionName === question.fn && (e.kind === "hit" || e.kind === "miss"));
      if (!first) return null;
      if (first.kind === "hit")
        return {
          actual: "hit",
          explanation: `A hit: ${question.fn} had a stored value for ${argsText(first)}, so its body did not run.`,
        };
      return {
        actual: "miss",
        explanation: `A miss: ${MISS_WHY[first.kind === "miss" ? first.reason : "first-call"]} ${argsText(first)}, so the body of ${question.fn} ran.`,
      };
    }
    case "same-or-copy": {
      const now = handedObject(run, question.fn);
      const before = handedObject(previous, question.fn);
      if (now === undefined || before === undefined) return null;
      if (now === before)
        return {
          actual: "same",
          explanation: `The same object: ${question.fn} handed this run object #${now}, the very one last run got and could change.`,
        };
      return {
        actual: "copy",
        explanation: `A copy: ${question.fn} handed this run object #${now}, not last run's #${before}, so a change made last run never reached it.`,
      };
    }
    case "fail": {
      const who = question.session ? `Session ${question.session}'s run` : "This run";
      if (run.error) {
        const at = run.error.line ? ` at line ${run.error.line}` : "";
        return { actual: "fails", explanation: `${who} failed${at}: ${run.error.type}: ${run.error.message}.` };
      }
      return { actual: "works", explanation: `${who} ran to the end without an error.` };
    }
  }
}

const MISS_WHY: Record<MissReason, string> = {
  "first-call": "nothing was stored yet for",
  "code-changed": "the function's code changed, so nothing was stored for",
  expired: "the entry had outlived its ttl for",
  evicted: "maxEntries had pushed out the entry for",
  cleared: "a clear had removed the entry for",
  invalid: "validate had thrown away the entry for",
  "session-ended": "the session owning it had ended, and with it the entry for",
};

function argsText(event: CacheEvent): string {
  return event.args.length === 0
    ? "its call without arguments"
    : event.args.map((a) => `${a.name} = ${a.repr}`).join(", ");
}

/**
 * The identity number of the object `fn`'s first call handed the script in `run`: the copy's for a
 * cacheData hit, the stored object's for a cacheResource hit, the computed value's on a miss.
 */
export function handedObject(run: RunResult | undefined, fn: string): number | undefined {
  if (!run) return undefined;
  const events = run.events.filter((e) => e.functionName === fn);
  const start = events.findIndex((e) => e.kind === "hit" || e.kind === "miss");
  if (start < 0) return undefined;
  let handed: number | undefined;
  for (const event of events.slice(start + 1)) {
    if (event.kind === "hit" || event.kind === "miss") break;
    if (event.kind === "copy" || event.kind === "compute") handed = event.objectId ?? handed;
  }
  return events[start].kind === "hit" && handed === undefined ? events[start].objectId : handed;
}

/**
 * Checks a question written in MDX, where no type checker reads it: an unknown kind, a missing
 * function name or a link that is not a heading id on the page fails the build with what to fix.
 */
export function checkQuestion(question: unknown, where: string): Question {
  const q = question as Partial<Question> & { fn?: unknown };
  const fail = (what: string): never => {
    throw new Error(`${where}: predict ${what}`);
  };
  if (typeof q !== "object" || q === null) return fail('must be an object such as { kind: "fail", ... }');
  if (q.kind !== "hit-or-miss" && q.kind !== "same-or-copy" && q.kind !== "fail")
    return fail(`kind must be "hit-or-miss", "same-or-copy" or "fail" (got ${JSON.stringify(q.kind)})`);
  if (q.kind !== "fail" && (typeof q.fn !== "string" || q.fn === ""))
    return fail(`of kind "${q.kind}" needs fn, the cached function's name`);
  if (typeof q.href !== "string" || !/^#[a-z0-9-]+$/.test(q.href))
    return fail(`href must be a heading id on the page, such as "#caching-a-function" (got ${JSON.stringify(q.href)})`);
  if (typeof q.section !== "string" || q.section === "") return fail("needs section, the words of the link");
  return q as Question;
}
