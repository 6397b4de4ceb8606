import { Fragment, type ReactNode } from "react";

/** `code`, **bold** and *italic*: the Markdown scripts in the examples use, rendered without innerHTML. */
const INLINE = /(`[^`]+`|\*\*[^*]+\*\*|\*[^*\s][^*]*\*)/g;

function renderInline(text: string): ReactNode[] {
  return text.split(INLINE).map((part, i) => {
    if (part.startsWith("`") && part.endsWith("`") && part.length > 1) {
      return (
        <code key={i} className="rounded bg-black/5 px-1 font-mono text-[0.9em] dark:bg-white/10">
          {part.slice(1, -1)}
        </code>
      );
    }
    if (part.startsWith("**") && part.endsWith("**") && part.length > 3)
      return <strong key={i}>{part.slice(2, -2)}</strong>;
    if (part.startsWith("*") && part.endsWith("*") && part.length > 2) return <em key={i}>{part.slice(1, -1)}</em>;
    return <Fragment key={i}>{part}</Fragment>;
  });
}

/** A small, safe Markdown renderer: paragraphs separated by blank lines, with inline formatting. */
export function InlineMarkdown({ text }: { text: string }) {
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== "");
  return (
    <>
      {paragraphs.map((paragraph, i) => (
        <p key={i} className="my-1">
          {renderInline(paragraph)}
        </p>
      ))}
    </>
  );
}
