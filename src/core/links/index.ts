export { scanLinks, type LinkRef } from "./scan";
export { retargetLinks, type LinkTarget } from "./retarget";
export { pathResolver, shortestLinkText, resolveRelative } from "./resolve";
export { linkAt } from "./link-at";
export { codeRanges } from "./code-ranges";
