// mocha's browser build (mocha/mocha.js), which scripts/build.mjs hands to the web test bundle.
declare module 'mocha-browser' {
  const browserMocha: BrowserMocha;
  export default browserMocha;
}
