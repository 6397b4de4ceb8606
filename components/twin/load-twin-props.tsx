import { CodeBlock } from "@/components/code/code-block";
import { loadTwin, twinAnchors } from "@/lib/content/load-twin";
import type { TwinProps } from "./twin-types";

/**
 * The Python twin of an example, highlighted at build time for a server component to hand to its
 * playground. A missing twin fails the build with the file to write.
 */
export function loadTwinProps(example: string): TwinProps {
  const python = loadTwin(example);
  return { python, anchors: twinAnchors(example), pythonView: <CodeBlock code={python} lang="py" className="m-0" /> };
}
