import { highlightToHtml } from "@/lib/content/highlight";
import { CopyButton } from "@/components/code/copy-button";

/** Props of {@link CodeBlock}. */
export interface CodeBlockProps {
  /** The source text to show, exactly as it should be copied. */
  code: string;
  /** Fence language: ts, tsx, js, py/python, sh/bash, json, csv, diff, or text. Defaults to text. */
  lang?: string;
  /** Optional caption above the code, such as a file name ("app.py"). */
  title?: string;
  /** Classes for the outer frame (margins, max height); replaces the default `my-6` when given. */
  className?: string;
}

/**
 * A code block highlighted at build time (async server component, no client-side highlighter).
 * Colours for both themes ship as CSS variables, so switching theme needs no JavaScript here;
 * the only client code is the small copy button.
 */
export async function CodeBlock({ code, lang, title, className = "my-6" }: CodeBlockProps) {
  const html = await highlightToHtml(code, lang);
  return (
    <figure className={`code-block not-prose ${className}`}>
      {title ? <figcaption className="code-block-title">{title}</figcaption> : null}
      <div className="group relative">
        {/* shiki escapes the code; the markup is produced at build time from our own sources. */}
        <div className="code-block-body" dangerouslySetInnerHTML={{ __html: html }} />
        <CopyButton text={code.replace(/\n$/, "")} />
      </div>
    </figure>
  );
}
