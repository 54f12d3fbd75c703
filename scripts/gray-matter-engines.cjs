// Replaces gray-matter's lib/engines.js in the plugin bundle: same YAML and JSON engines, but
// no `javascript` engine, whose parser calls eval() on `---js` front matter.
const yaml = require("js-yaml");

module.exports = {
  yaml: { parse: yaml.safeLoad.bind(yaml), stringify: yaml.safeDump.bind(yaml) },
  json: {
    parse: JSON.parse.bind(JSON),
    stringify(obj, options) {
      const opts = Object.assign({ replacer: null, space: 2 }, options);
      return JSON.stringify(obj, opts.replacer, opts.space);
    },
  },
};
