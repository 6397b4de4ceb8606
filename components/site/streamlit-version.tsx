import { STREAMLIT_VERSION } from "@/lib/streamlit/version";

/** The Streamlit release the emulation copies, for MDX pages: `<StreamlitVersion />` reads "Streamlit 1.61". */
export function StreamlitVersion() {
  return <span data-testid="page-streamlit-version">Streamlit {STREAMLIT_VERSION}</span>;
}
