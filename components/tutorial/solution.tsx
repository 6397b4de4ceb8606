import { SolutionIsland } from "@/components/islands/solution-island";
import { loadExample, loadSolution } from "@/lib/content/load-example";

/** Props of {@link Solution}. */
export interface SolutionProps {
  /** The example the "Try it" item edits, as in its playground. */
  example: string;
  /** Which solution: the file `<example>.solution-<name>.ts` beside the example. */
  name: string;
}

/**
 * `<Solution example="..." name="..." />` in MDX, after a "Try it" item that asks for a change:
 * Show solution and Apply fix. An unknown example or a missing solution file fails the build.
 */
export function Solution({ example, name }: SolutionProps) {
  const loaded = loadExample(example);
  return (
    <SolutionIsland
      example={loaded.name}
      title={loaded.title}
      original={loaded.source}
      solution={loadSolution(example, name)}
    />
  );
}
