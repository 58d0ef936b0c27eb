/**
 * jest's global setup: points fontconfig at the fonts the project ships
 * (test/support/shipped-fonts.ts) in the real environment of the jest process,
 * before any worker starts. A test file cannot do it itself: jest gives each
 * test file a copy of process.env, which the native renderer inside sharp
 * (librsvg, fontconfig) never sees. Workers inherit the variable; Chromium gets
 * it explicitly at launch (test/support/chromium.ts).
 */
const tsx = require('tsx/cjs/api');

module.exports = function useShippedFontsForJest() {
  tsx.require('./shipped-fonts.ts', __filename).useShippedFonts();
};
