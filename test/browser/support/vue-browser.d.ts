// Types of Vue's browser build, which test/browser/vue.test.ts imports: an ES module with the template
// compiler and no `process.env` (what a bundler gives an app as `vue`), with the same API as `vue`.
declare module 'vue/dist/vue.esm-browser.prod.js' {
  export * from 'vue';
}
