import type { ContactStatus } from "../model/contact-status";

/** "Last contact 3 weeks ago" with the stale badge when it applies; the date is in the tooltip. */
export function statusLine(parent: HTMLElement, status: ContactStatus): void {
  const line = parent.createDiv({ cls: "kith-status" });
  if (!status.lastContact || !status.relative) {
    line.createSpan({ cls: "kith-last-contact", text: "No contact recorded" });
    return;
  }
  line.createSpan({ cls: "kith-last-contact", text: `Last contact ${status.relative}`, attr: { title: status.lastContact } });
  if (status.stale) {
    line.createSpan({
      cls: "kith-badge kith-badge-stale",
      text: "Stale",
      attr: { title: `No contact for more than ${status.threshold} days` },
    });
  }
}
