/**
 * The Streamlit release whose caching the emulation copies (its `runtime/caching` package and
 * tests, see ../../../shared/docs/streamlit-caching.md). The one place the version is written:
 * the site's footer and the "Differences from Streamlit" page read it from here.
 */
export const STREAMLIT_VERSION = "1.61";
