/** Generates custom-elements.json from the JSDoc in src/ (never edited by hand). */
export default {
  globs: ['src/components/**/*.ts', 'src/base/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [{
    // Storybook makes a control of every listed member: keep only the public instance API.
    name: 'public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          declaration.members = declaration.members?.filter(
            (member) => !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#'));
        }
      }
    },
  }],
};
