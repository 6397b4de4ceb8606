import type { ComponentPropsWithoutRef } from "react";

type HeadingProps = ComponentPropsWithoutRef<"h2">;

function anchored(Tag: "h2" | "h3") {
  function Heading({ id, children, ...rest }: HeadingProps) {
    return (
      <Tag id={id} {...rest} className="group scroll-mt-20">
        {children}
        {id ? (
          <a
            href={`#${id}`}
            className="ml-2 font-normal text-zinc-500 no-underline opacity-0 group-hover:opacity-100 focus-visible:opacity-100 dark:text-zinc-400"
            aria-label="Link to this section"
          >
            #
          </a>
        ) : null}
      </Tag>
    );
  }
  Heading.displayName = `Mdx${Tag.toUpperCase()}`;
  return Heading;
}

/** `##` in MDX: an h2 with its rehype-slug id and a "#" link to itself on hover or focus. */
export const MdxH2 = anchored("h2");
/** `###` in MDX: an h3 with its rehype-slug id and a "#" link to itself on hover or focus. */
export const MdxH3 = anchored("h3");
