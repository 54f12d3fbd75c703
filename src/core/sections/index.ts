export { scanOutline, normalizeHeading, isInFence, type Heading, type Footer, type Outline } from "./outline";
export { findSection, sectionAt, ownPart, bodyLines, contentRange, type Section, type BodyLine } from "./section";
export { appendLineEdit, insertLineEdit, replaceSectionContentEdit, insertSectionEdit } from "./edit";
