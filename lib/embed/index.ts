/** Embedding Cache Lab playgrounds in other sites: the resize protocol, the options and the snippet. */
export * from "./embed-options";
export * from "./resize-protocol";
export * from "./snippet";
