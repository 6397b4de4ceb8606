import { describeViewports } from "./harness/viewport-matrix";

// The viewport matrix (tablet widths): see e2e/harness/viewport-matrix.ts.
describeViewports([768, 1024]);
