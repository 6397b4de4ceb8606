import { describeViewports } from "./harness/viewport-matrix";

// The viewport matrix (phone widths): see e2e/harness/viewport-matrix.ts.
describeViewports([320, 375]);
