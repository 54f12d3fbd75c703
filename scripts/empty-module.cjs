// Stands in for Node built-ins (fs) that bundled libraries require but never call on our paths.
module.exports = {};
