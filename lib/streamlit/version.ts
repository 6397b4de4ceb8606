/**
 * The Streamlit release whose caching the emulation copies (its `runtime/caching` package and
 * tests, see ../../../shared/docs/streamlit-caching.md). The one place the version is written:
 * the site's footer, the "Differences from Streamlit" page and the Download app's requirements.txt read it
 * from here.
 */
export const STREAMLIT_VERSION = "1.61";
