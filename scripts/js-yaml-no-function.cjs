// Replaces js-yaml 3's `!!js/function` type in the plugin bundle: the original compiles YAML
// text with `new Function`. This one never matches, so such a tag is a plain parse error.
const Type = require("js-yaml/lib/js-yaml/type");

module.exports = new Type("tag:yaml.org,2002:js/function", { kind: "scalar", resolve: () => false });
