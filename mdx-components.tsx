import type { MDXComponents } from "mdx/types";
import { MdxH2, MdxH3 } from "@/components/site/mdx-heading";
import { MdxLink } from "@/components/site/mdx-link";
import { MdxPre } from "@/components/site/mdx-pre";
import { MdxTable } from "@/components/site/mdx-table";
import { StreamlitVersion } from "@/components/site/streamlit-version";
import { Playground } from "@/components/tutorial/playground";
import { SideBySide } from "@/components/tutorial/side-by-side";
import { MultiSession } from "@/components/tutorial/multi-session";
import { Solution } from "@/components/tutorial/solution";

/**
 * The one registry of components MDX tutorials may use. Tutorials import nothing: a tag written in
 * MDX (`<Playground ... />`) or produced from Markdown (`pre`, `h2`, `a`) is looked up here.
 */
const components: MDXComponents = {
  a: MdxLink,
  h2: MdxH2,
  h3: MdxH3,
  pre: MdxPre,
  table: MdxTable,
  Playground,
  SideBySide,
  MultiSession,
  Solution,
  StreamlitVersion,
};

/** Called by @next/mdx for every MDX module. */
export function useMDXComponents(): MDXComponents {
  return components;
}
