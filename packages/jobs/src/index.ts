/**
 * @kitchin/jobs, the browser-safe part: the typed requests the faces build, the request error, and
 * the plain data of a cycle analysis and of "now". The Node part (readers stage, user-data store,
 * file-based jobs) is `@kitchin/jobs/node`.
 */
export * from "./errors.ts";
export * from "./request.ts";
export * from "./now.ts";
export * from "./cycleJson.ts";
export * from "./limits.ts";
export * from "./outlookJson.ts";
export * from "./json.ts";
export * from "./strategies.ts";
export * from "./shortLabels.ts";
