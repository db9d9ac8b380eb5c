/** Generates custom-elements.json from the JSDoc in src/ (never edited by hand). */
export default {
  globs: ['src/components/**/*.ts', 'src/base/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // Defaults are declared as `@property({ initial: … })` (src/base/property-defaults.ts), not as
      // initialisers, which is where the analyzer looks: copy them to the member and its attribute.
      name: 'initial-as-default',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.text);
        if (!declaration) return;
        for (const member of node.members) {
          if (!ts.isPropertyDeclaration(member) || !member.name || !ts.isIdentifier(member.name)) continue;
          const decorators =
            (ts.canHaveDecorators?.(member) ? ts.getDecorators(member) : member.decorators) ?? [];
          for (const decorator of decorators) {
            const call = decorator.expression;
            const options = ts.isCallExpression(call) ? call.arguments[0] : undefined;
            if (!options || !ts.isObjectLiteralExpression(options)) continue;
            const initial = options.properties.find(
              (p) => ts.isPropertyAssignment(p) && p.name.getText() === 'initial',
            );
            if (!initial) continue;
            const text = initial.initializer.getText();
            const name = member.name.text;
            for (const entry of declaration.members ?? []) if (entry.name === name) entry.default = text;
            for (const entry of declaration.attributes ?? [])
              if (entry.fieldName === name) entry.default = text;
          }
        }
      },
    },
    {
      // Storybook makes a control of every listed member: keep only the public instance API.
      name: 'public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            declaration.members = declaration.members?.filter(
              (member) =>
                !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#'),
            );
          }
        }
      },
    },
  ],
};
