/** A recap extracted by the user's own model (an OpenAI-compatible server), checked before anyone sees it. */
export { extractRecap, extractionRequest, type AnswerMode, type ExtractInput } from "./extract";
export { likelyAttendees } from "./likely-attendees";
export { quoteInText, recapFromAnswer, type AnswerCheck } from "./answer";
export { listModels, type ModelServer } from "./server";
export { RequestTimeout, type HttpRequest, type HttpResponse, type RequestPort } from "./request";
