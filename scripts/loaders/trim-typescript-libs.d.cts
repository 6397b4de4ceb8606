/** Types of trim-typescript-libs.cjs, for its test. */
interface LoaderContext {
  resourcePath: string;
  getOptions?(): { libs?: unknown } | null;
  query?: { libs?: unknown } | null;
  addDependency?(file: string): void;
}

declare function trimTypescriptLibs(this: LoaderContext, source: string): string;

declare namespace trimTypescriptLibs {
  /** Runs one of Monaco's lib modules and returns the object it exports under `name`. */
  function evaluateLibModule<T = Record<string, string>>(source: string, name: string): T;
  /** Every lib file reachable from `libs`, following `/// <reference lib="..." />`. */
  function reachableLibFiles(libFileMap: Record<string, string>, libs: string[]): Set<string>;
  function renderLibMap(libFileMap: Record<string, string>, keep: Set<string>): string;
  function renderLibSet(libFileSet: Record<string, true>, keep: Set<string>): string;
}

export = trimTypescriptLibs;
