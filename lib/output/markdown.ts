/**
 * Markdown as `st.markdown` draws it: CommonMark with GitHub's tables, ~~strikethrough~~, task
 * lists, bare URLs as links, and emoji shortcodes (`:tada:`), through markdown-it. Raw HTML is
 * shown as text unless the script allowed it; either way the page sanitizes what this returns
 * before drawing it (components/playground/markdown-body.tsx), since scripts come from strangers.
 *
 * This module and markdown-it load only when a run draws Markdown: the page imports it dynamically.
 */
import MarkdownIt from "markdown-it";
import { full as emoji } from "markdown-it-emoji";
import taskLists from "markdown-it-task-lists";

/** Options of {@link renderMarkdown}. */
export interface MarkdownRenderOptions {
  /** Parse raw HTML in the text as HTML (st.markdown's `unsafeAllowHtml: true`) instead of escaping it. */
  allowHtml: boolean;
}

/** A markdown-it parser and renderer (the package's types name only its constructor). */
type Markdown = InstanceType<typeof MarkdownIt>;

function createRenderer(allowHtml: boolean): Markdown {
  const md = new MarkdownIt({ html: allowHtml, linkify: true });
  md.use(emoji);
  // Read-only checkboxes, as Streamlit draws them; the label ties each box to its item's text.
  md.use(taskLists, { enabled: false, label: true });
  const openLink =
    md.renderer.rules.link_open ?? ((tokens, i, options, _env, self) => self.renderToken(tokens, i, options));
  // Streamlit opens a Markdown link in a new tab, away from the app.
  md.renderer.rules.link_open = (tokens, i, options, env, self) => {
    tokens[i].attrSet("target", "_blank");
    tokens[i].attrSet("rel", "noopener noreferrer");
    return openLink(tokens, i, options, env, self);
  };
  return md;
}

const renderers = new Map<boolean, Markdown>();

/** `text` as HTML, not yet sanitized: raw HTML in it escaped unless `allowHtml`. */
export function renderMarkdown(text: string, { allowHtml }: MarkdownRenderOptions): string {
  let md = renderers.get(allowHtml);
  if (!md) renderers.set(allowHtml, (md = createRenderer(allowHtml)));
  return md.render(text);
}
