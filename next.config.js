import createMDX from "@next/mdx";

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: "export",
  // Static hosts serve /tutorials/x.html or /tutorials/x/index.html; trailing slashes keep links unambiguous.
  trailingSlash: false,
  images: { unoptimized: true },
  pageExtensions: ["ts", "tsx", "md", "mdx"],
  reactStrictMode: true,
  // `npm run typecheck` checks every file once; the build skips it so a half-edited file elsewhere
  // (or a worker source copied into out/) never blocks producing the site.
  typescript: { ignoreBuildErrors: true },
};

// Under Turbopack, remark/rehype plugins must be given by package name, not as functions.
const withMDX = createMDX({
  options: {
    remarkPlugins: ["remark-frontmatter", "remark-gfm"],
    rehypePlugins: ["rehype-slug"],
  },
});

export default withMDX(nextConfig);
