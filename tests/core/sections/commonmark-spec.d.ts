/** The CommonMark spec's examples as the `commonmark-spec` package gives them (it ships no types). */
declare module "commonmark-spec" {
  const spec: { tests: Array<{ markdown: string; html: string; section: string; number: number }> };
  export default spec;
}
