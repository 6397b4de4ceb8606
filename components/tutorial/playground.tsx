import { CodeBlock } from "@/components/code/code-block";
import { loadTwinProps } from "@/components/twin/load-twin-props";
import { loadExample } from "@/lib/content/load-example";
import { PlaygroundIsland } from "@/components/islands/playground-island";
import { checkQuestion, type Question } from "@/lib/learning/predictions";

/** Props of {@link Playground}. */
export interface PlaygroundProps {
  /** Example name: the path of a file under content/examples without `.ts`. */
  example: string;
  /** A question asked before each run, e.g. `{ kind: "hit-or-miss", fn: "square", href: "#caching-a-function", section: "Caching a function" }`. */
  predict?: Question;
}

/**
 * `<Playground example="mutation/uber-cache-resource" />` in MDX. A server component: it reads the
 * example at build time (an unknown name fails the build), ships the code highlighted in the HTML,
 * and hands over to the client part, which boots the editor and the sandbox near the viewport.
 */
export function Playground({ example, predict }: PlaygroundProps) {
  const loaded = loadExample(example);
  return (
    <PlaygroundIsland
      example={loaded.name}
      title={loaded.title}
      original={loaded.source}
      timeLimitMs={loaded.timeLimitMs}
      staticCode={<CodeBlock code={loaded.source} lang="ts" />}
      twin={loadTwinProps(loaded.name)}
      predict={predict && checkQuestion(predict, `<Playground example="${example}">`)}
    />
  );
}
