// Stands in, in the plugin bundle, for modules a bundled library requires but Kith never calls:
// Node's fs (only gray-matter's matter.read uses it) and gray-matter's default engines (Kith
// passes its own YAML engine on every call; the defaults include one that calls eval).
module.exports = {};
