"use client";

import { useEffect, useMemo, useState } from "react";
import { InlineMarkdown } from "./inline-markdown";

type Render = (text: string, allowHtml: boolean) => string;

let loaded: Render | null = null;
let loading: Promise<Render> | null = null;

/**
 * markdown-it and DOMPurify, fetched the first time a run draws Markdown: most pages never need
 * them, so they stay out of the first load.
 */
function loadRenderer(): Promise<Render> {
  loading ??= Promise.all([import("@/lib/output/markdown"), import("dompurify")]).then(([markdown, purify]) => {
    const purifier = purify.default;
    // Scripts come from strangers (share links, embeds): whatever markdown-it lets through, even
    // with unsafeAllowHtml, loses its scripts, event handlers and javascript: URLs before it is drawn.
    loaded = (text, allowHtml) =>
      purifier.sanitize(markdown.renderMarkdown(text, { allowHtml }), {
        ADD_ATTR: ["target"],
        USE_PROFILES: { html: true },
      });
    return loaded;
  });
  loading.catch(() => (loading = null));
  return loading;
}

/** The body of an `st.markdown` (or `st.write` of a string): Markdown drawn as Streamlit draws it. */
export function MarkdownBody({ text, allowHtml }: { text: string; allowHtml: boolean }) {
  const [render, setRender] = useState<Render | null>(() => loaded);
  useEffect(() => {
    if (render) return;
    let current = true;
    loadRenderer().then(
      (r) => current && setRender(() => r),
      () => {}, // Offline before the chunk was cached: the simple rendering below stays.
    );
    return () => {
      current = false;
    };
  }, [render]);
  const html = useMemo(() => render?.(text, allowHtml), [render, text, allowHtml]);
  // Until the renderer arrives (a few milliseconds after the first run), the text in simple form.
  if (html === undefined) return <InlineMarkdown text={text} />;
  return <div className="st-markdown" data-testid="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}
