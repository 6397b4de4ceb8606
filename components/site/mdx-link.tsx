import Link from "next/link";
import type { ComponentPropsWithoutRef } from "react";

/** Links in MDX: site-internal ones go through next/link; others open normally. */
export function MdxLink({ href = "", ...rest }: ComponentPropsWithoutRef<"a">) {
  if (href.startsWith("/")) return <Link href={href} {...rest} />;
  return <a href={href} {...rest} />;
}
