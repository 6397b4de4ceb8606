import type { ReactNode } from "react";
import type { LineAnchor } from "@/lib/twin/align-lines";

/** What a playground needs to show its example's Python twin; filled at build time by `loadTwinProps`. */
export interface TwinProps {
  /** The twin's source, `content/examples/<name>.py`. */
  python: string;
  /** The same source highlighted at build time (a `CodeBlock`). */
  pythonView: ReactNode;
  /** Lines paired by hand (the ones the tutorials point at), forced when pairing lines. */
  anchors: LineAnchor[];
}
