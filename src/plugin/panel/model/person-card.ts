import type { PersonEntry } from "../../../core";
import { contactStatus } from "./contact-status";
import type { PanelSources, PersonCard } from "./panel-model";

/** A person's compact card: from the people index, the metadata cache and the task index. */
export function personCard(entry: PersonEntry, sources: PanelSources): PersonCard {
  const tasks = sources.tasks.forPerson(entry.name, entry.handle);
  return {
    path: entry.path,
    name: entry.name,
    role: entry.role,
    company: entry.company,
    status: contactStatus(sources.frontmatterOf(entry.path) ?? {}, sources.settings.staleDays, sources.today),
    openTasks: tasks.mentioned.length + tasks.owned.length,
  };
}
