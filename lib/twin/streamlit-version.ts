/**
 * The Streamlit release whose caching the emulation copies (see shared docs: "current release
 * 1.61"); a downloaded app pins it so it behaves as the playground did. Meant to move to
 * lib/streamlit/version.ts once that module exists.
 */
export const STREAMLIT_VERSION = "1.61";
