import { CodeBlock } from "@/components/code/code-block";
import { loadTwinProps } from "@/components/twin/load-twin-props";
import { loadExample } from "@/lib/content/load-example";
import { PlaygroundIsland } from "@/components/islands/playground-island";

/** Props of {@link Playground}. */
export interface PlaygroundProps {
  /** Example name: the path of a file under content/examples without `.ts`. */
  example: string;
}

/**
 * `<Playground example="mutation/uber-cache-resource" />` in MDX. A server component: it reads the
 * example at build time (an unknown name fails the build), ships the code highlighted in the HTML,
 * and hands over to the client part, which boots the editor and the sandbox near the viewport.
 */
export function Playground({ example }: PlaygroundProps) {
  const loaded = loadExample(example);
  return (
    <PlaygroundIsland
      example={loaded.name}
      title={loaded.title}
      original={loaded.source}
      timeLimitMs={loaded.timeLimitMs}
      staticCode={<CodeBlock code={loaded.source} lang="ts" />}
      twin={loadTwinProps(loaded.name)}
    />
  );
}
