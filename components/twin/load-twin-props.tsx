import { CodeBlock } from "@/components/code-block";
import { loadTwin } from "@/content/examples/load-twin";
import { TWIN_ANCHORS } from "@/content/examples/twin-anchors";
import type { TwinProps } from "./twin-types";

/**
 * The Python twin of an example, highlighted at build time for a server component to hand to its
 * playground. A missing twin fails the build with the file to write.
 */
export function loadTwinProps(example: string): TwinProps {
  const python = loadTwin(example);
  const anchors = (TWIN_ANCHORS[example] ?? []).map(({ ts, py }) => ({ ts, py }));
  return { python, anchors, pythonView: <CodeBlock code={python} lang="py" className="m-0" /> };
}
