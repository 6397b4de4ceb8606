/**
 * Builds the members of `st` and `dfd` the editor offers before its TypeScript worker has loaded
 * into lib/editor/generated/completions.ts (git-ignored), which lib/editor/completions.ts loads.
 * npm runs it (through scripts/generate.ts) before `build`, `dev` and `typecheck`.
 *
 * The lists come from TypeScript's own language service, run here in Node over the very files
 * build-api-types.ts gives Monaco (lib/streamlit/api.ts and danfojs' declarations) with the
 * editor's compiler options: each entry is what the worker answers later for `st.` and `dfd.`
 * (name, kind, signature, documentation), so the list does not change when it takes over.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import type { MemberCompletion, MemberCompletions } from "../lib/editor/member-completion";
import { buildApiTypeFiles, type ApiTypeFile } from "./build-api-types";
import { isMain, writeGenerated } from "./write-generated";

const ROOT = process.cwd();
/** Where the generated module goes (git-ignored). */
export const COMPLETIONS_MODULE = "lib/editor/generated/completions.ts";

const PROBE = "file:///cache-lab/probe.ts";
const TYPESCRIPT_LIBS: string[] = JSON.parse(
  fs.readFileSync(path.join(ROOT, "lib/editor/typescript-libs.json"), "utf8"),
);

/** The editor's compiler options (lib/editor/monaco-setup.ts), with lib names as file names. */
const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ESNext,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Node10,
  moduleDetection: ts.ModuleDetectionKind.Force,
  strict: true,
  lib: TYPESCRIPT_LIBS.map((lib) => `lib.${lib}.d.ts`),
};

/** A language service over the declaration files and one probe script, whose text can change. */
function createService(files: ApiTypeFile[]): { service: ts.LanguageService; setProbe: (text: string) => void } {
  const virtual = new Map(files.map((file) => [file.path, file.content]));
  let probe = "";
  let version = 0;
  const read = (name: string): string | undefined =>
    name === PROBE ? probe : (virtual.get(name) ?? (fs.existsSync(name) ? fs.readFileSync(name, "utf8") : undefined));
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => COMPILER_OPTIONS,
    getScriptFileNames: () => [PROBE, ...virtual.keys()],
    getScriptVersion: (name) => (name === PROBE ? String(version) : "1"),
    getScriptSnapshot: (name) => {
      const text = read(name);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => "file:///cache-lab",
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: (name) => read(name) !== undefined,
    readFile: read,
  };
  return {
    service: ts.createLanguageService(host, ts.createDocumentRegistry()),
    setProbe: (text) => {
      probe = text;
      version++;
    },
  };
}

/** The documentation text as Monaco's SuggestAdapter builds it: the doc comment, then each JSDoc tag. */
function documentation(details: ts.CompletionEntryDetails): string {
  let text = ts.displayPartsToString(details.documentation);
  for (const tag of details.tags ?? []) {
    let label = `*@${tag.name}*`;
    if (tag.name === "param" && tag.text) {
      const [name, ...rest] = tag.text;
      label += `\`${name.text}\``;
      if (rest.length > 0) label += ` \u2014 ${rest.map((part) => part.text).join(" ")}`;
    } else if (tag.text) {
      label += ` \u2014 ${tag.text.map((part) => part.text).join(" ")}`;
    }
    text += `\n\n${label}`;
  }
  return text;
}

/** The completions TypeScript gives after `<object>.`, with their details. */
function membersOf(object: string, service: ts.LanguageService, setProbe: (text: string) => void): MemberCompletion[] {
  const text = `${object}.`;
  setProbe(text);
  const completions = service.getCompletionsAtPosition(PROBE, text.length, {});
  if (!completions?.entries.length)
    throw new Error(`TypeScript offers no members of \`${object}\`: are its declarations broken?`);
  return completions.entries
    .filter((entry) => entry.kind !== ts.ScriptElementKind.warning)
    .map((entry) => {
      const details = service.getCompletionEntryDetails(
        PROBE,
        text.length,
        entry.name,
        {},
        entry.source,
        {},
        entry.data,
      );
      return {
        name: entry.name,
        kind: entry.kind,
        sortText: entry.sortText,
        ...(entry.kindModifiers?.includes("deprecated") ? { deprecated: true as const } : {}),
        detail: details ? ts.displayPartsToString(details.displayParts) : "",
        documentation: details ? documentation(details) : "",
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The members of `st` and `dfd`. */
export function buildCompletions(files: ApiTypeFile[] = buildApiTypeFiles()): MemberCompletions {
  const { service, setProbe } = createService(files);
  const semantic = service.getSemanticDiagnostics(PROBE).filter((d) => d.code !== 1003 /* identifier expected */);
  if (semantic.length > 0)
    throw new Error(`The probe does not type-check: ${ts.flattenDiagnosticMessageText(semantic[0].messageText, "\n")}`);
  return { st: membersOf("st", service, setProbe), dfd: membersOf("dfd", service, setProbe) };
}

/** The text of the generated module. */
export function renderCompletionsModule(completions: MemberCompletions): string {
  return `// Generated by scripts/build-completions.ts from lib/streamlit/api.ts and danfojs: do not edit, not in git.
// npm runs it before build, dev and typecheck.
import type { MemberCompletions } from "../member-completion";

/** The members of \`st\` and \`dfd\`, as TypeScript lists them, for the editor's completions before its worker loads. */
export const MEMBER_COMPLETIONS: MemberCompletions = ${JSON.stringify(completions, null, 1)};
`;
}

/** Regenerates the module; returns whether its text changed. */
export function writeCompletions(files?: ApiTypeFile[]): boolean {
  return writeGenerated(path.join(ROOT, COMPLETIONS_MODULE), renderCompletionsModule(buildCompletions(files)));
}

if (isMain(import.meta.url)) {
  const started = performance.now();
  const changed = writeCompletions();
  console.log(
    `${COMPLETIONS_MODULE}: ${changed ? "written" : "unchanged"} in ${Math.round(performance.now() - started)} ms`,
  );
}
