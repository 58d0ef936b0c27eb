// Stylesheets do nothing in unit tests.
module.exports = {};
