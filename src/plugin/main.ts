import { Plugin } from "obsidian";

export default class KithPlugin extends Plugin {
  override async onload(): Promise<void> {
    // wired in later steps
  }
}
