import { isValidElement, type ComponentPropsWithoutRef, type ReactNode } from "react";
import { CodeBlock } from "@/components/code/code-block";

interface FencedCodeProps {
  className?: string;
  children?: ReactNode;
}

/**
 * A fenced code block in MDX (`<pre><code class="language-x">`) rendered by {@link CodeBlock},
 * so tutorials get the same build-time highlighting as the playgrounds.
 */
export function MdxPre({ children }: ComponentPropsWithoutRef<"pre">) {
  if (isValidElement<FencedCodeProps>(children) && typeof children.props.children === "string") {
    const lang = /language-(\S+)/.exec(children.props.className ?? "")?.[1];
    return <CodeBlock code={children.props.children} lang={lang} />;
  }
  // A <pre> written by hand in MDX, not a fence: leave it as it is.
  return <pre>{children}</pre>;
}
