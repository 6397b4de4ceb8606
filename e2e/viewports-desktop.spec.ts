import { describeViewports } from "./harness/viewport-matrix";

// The viewport matrix (desktop widths): see e2e/harness/viewport-matrix.ts.
describeViewports([1440]);
