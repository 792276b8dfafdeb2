export * from "./claim.js";
export * from "./article.js";
export * from "./proposition.js";
export * from "./errors.js";
export * from "./review.js";
export * from "./settlement.js";
