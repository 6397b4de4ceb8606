/**
 * Turbopack loader for monaco-editor/esm/vs/editor/browser/services/editorWorkerService.js (see
 * next.config.js).
 *
 * Monaco's editor worker (diffs, links, word lists) runs in a Web Worker. In case a worker cannot be
 * created, that service keeps a copy of the whole worker to run on the page instead, and imports it
 * for that: about 100 KB gzipped that every reader downloaded and evaluated before the first run, and
 * that no reader here ever needs, because the examples themselves only run in a Web Worker. This
 * loader drops that import; the fallback throws a clear error instead (what a worker would have
 * computed is then missing, as with any worker error, and the editor stays usable). The worker
 * itself is unchanged and still loads when the editor first asks for it.
 */
const IMPORT = "import { EditorWorker } from '../../common/services/editorWebWorker.js';\n";
const FALLBACK = "return new SynchronousWorkerClient(new EditorWorker(null));";
const WITHOUT_FALLBACK =
  'throw new Error("Monaco\'s editor worker could not start, and Cache Lab has no on-page copy of it: this browser needs Web Workers.");';

/** Exported for the unit test. */
function dropLocalWorker(source) {
  if (!source.includes(IMPORT) || source.split(FALLBACK).length !== 2 || source.split("EditorWorker(").length !== 2) {
    // Monaco changed the module's shape: fail the build rather than ship a silently different editor.
    throw new Error("monaco-no-local-worker: editorWorkerService.js no longer looks as expected; review the loader");
  }
  return source.replace(IMPORT, "").replace(FALLBACK, WITHOUT_FALLBACK);
}

module.exports = function monacoNoLocalWorker(source) {
  return dropLocalWorker(source);
};
module.exports.dropLocalWorker = dropLocalWorker;
