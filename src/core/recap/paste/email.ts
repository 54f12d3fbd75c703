import { metaOf } from "./labels";
import { BLANK, isBlank, type Line } from "./markup";

/**
 * A follow-up email: its greeting is not part of the recap, and everything from the sign-off
 * on (name, title, phone, quoted thread) is signature. Only text that reads as an email (mail
 * headers or a greeting) is cut, so a recap's own "Thanks" line stays elsewhere.
 */
const GREETING = /^(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|morning|afternoon)\b[^.!?]{0,40}[,!:]?$/i;
const SIGN_OFF =
  /^(?:best|best regards|kind regards|warm regards|warmest regards|regards|warmly|many thanks|thanks|thank you|thanks again|thanks so much|thanks all|thanks everyone|thanks team|cheers|talk soon|speak soon|sincerely|all the best|take care|br|kr)[,.!]*$/i;
const THREAD = /^(?:on\s.{4,160}\swrote:|-{2,}\s*(?:original|forwarded) message\s*-*|--)$/i;

export function dropEmailChrome(lines: readonly Line[]): Line[] {
  const content = lines.filter((l) => !isBlank(l)).slice(0, 15);
  const headers = content.some((l) => ["title", "sender", "people"].includes(metaOf(l.text)?.meta ?? "") && /^(?:subject|from|to|cc)\b/i.test(l.text));
  const greeted = content.slice(0, 8).some((l) => !l.item && GREETING.test(l.text));
  if (!headers && !greeted) return [...lines];
  let seen = 0;
  let body = false;
  let ended = false;
  return lines.map((line) => {
    if (ended || isBlank(line)) return ended ? BLANK : line;
    seen++;
    if (seen <= 8 && !line.item && GREETING.test(line.text)) return BLANK;
    if (body && !line.item && (SIGN_OFF.test(line.text) || THREAD.test(line.text))) {
      ended = true;
      return BLANK;
    }
    if (!metaOf(line.text)) body = true;
    return line;
  });
}
