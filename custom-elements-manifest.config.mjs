// The manifest the analyzer writes for `npm run manifest`. Widgets declare reactive properties in
// `static properties`; the analyzer would list their internal `{ state: true }` entries as
// attributes, so this plugin leaves those out of the public API.
export default {
  plugins: [
    {
      name: 'cst-internal-state',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const properties = node.members.find(
          (m) => ts.isPropertyDeclaration(m) && m.name.getText() === 'properties' && m.initializer && ts.isObjectLiteralExpression(m.initializer),
        );
        if (!properties) return;
        const internal = properties.initializer.properties
          .filter((p) => ts.isPropertyAssignment(p) && /\bstate:\s*true\b/.test(p.initializer.getText()))
          .map((p) => p.name.getText());
        const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
        if (!declaration) return;
        declaration.attributes = (declaration.attributes ?? []).filter((a) => !internal.includes(a.fieldName ?? a.name));
        for (const member of declaration.members ?? []) {
          if (internal.includes(member.name)) {
            delete member.attribute;
            member.privacy = 'private';
          }
        }
      },
    },
  ],
};
