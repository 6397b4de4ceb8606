/**
 * Turbopack loader for monaco-editor/esm/vs/internal/common/workers.js (see next.config.js).
 *
 * Monaco 0.57's TypeScript mode gets `createWebWorker` from that module, which also imports every
 * editor contribution Monaco has (folding, sticky scroll, inline completions, the diff editor, the
 * command palette, ...) for their side effects: about 40% of the editor's code, none of which the
 * playground uses. lib/editor/monaco-setup.ts imports the features it does use one by one. This
 * loader drops the side-effect-only JavaScript imports and keeps everything else (the CSS of the
 * icons, the `editor` import and `createWebWorker` itself).
 */
const SIDE_EFFECT_JS_IMPORT = /^import '[^']+\.js';\n/gm;

/** Exported for the unit test. */
function slimWorkersModule(source) {
  const slim = source.replace(SIDE_EFFECT_JS_IMPORT, "");
  if (!/export \{ createWebWorker \}/.test(slim) || slim === source) {
    // Monaco changed the module's shape: fail the build rather than ship a silently different editor.
    throw new Error("monaco-slim-workers: workers.js no longer looks as expected; review the loader");
  }
  return slim;
}

module.exports = function monacoSlimWorkers(source) {
  return slimWorkersModule(source);
};
module.exports.slimWorkersModule = slimWorkersModule;
