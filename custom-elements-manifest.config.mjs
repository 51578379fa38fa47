// The manifest `npm run manifest` writes: custom-elements.json, the public API of every element as
// the package ships it. Storybook's controls and docs tables, docs/api.md, editors and the bad-input
// tests all read it, so it holds what a page author or a framework may use and nothing else.
//
// - Widgets declare reactive properties in `static properties`; the analyzer would list their
//   internal `{ state: true }` entries as attributes (`cst-internal-state`).
// - Type aliases (`Audience`, `BannerVariant`…) are written out as the values they allow, so a
//   reader (and Storybook's select controls) see `'general' | 'parents' | …` (@wc-toolkit/type-parser).
// - What every widget shares (the theme tokens, `label`, `rendered`) is documented once, on the base
//   class, and copied to each element (@wc-toolkit/cem-inheritance); what the content widgets share
//   (`audience`, `heading-level`, `no-heading`) comes from the mixins of src/common/section.ts (the
//   analyzer's own inheritance), each widget saying what they change in it (`declare audience`).
//   The base class, the mixins, the internal modules and every private, static or symbol-keyed
//   member are then left out (`cst-public-api`).
// - Paths point at the built modules in dist/esm, which is what a package user imports, and each
//   module says which element it defines.
// - @wc-toolkit/cem-validator checks the result, every rule an error: `npm run manifest` (and so
//   `npm test`) fails on any finding.
import { cemInheritancePlugin } from '@wc-toolkit/cem-inheritance';
import { cemValidatorPlugin } from '@wc-toolkit/cem-validator';
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';
import { readFileSync } from 'node:fs';

/** Where a source module is built to: `src/x.ts` → `dist/esm/x.js`. */
const built = (path) => path.replace(/^src\//, 'dist/esm/').replace(/\.ts$/, '.js');
/** The modules a package user can import: package.json's `exports`. */
const EXPORTED = new Set(Object.values(JSON.parse(readFileSync('package.json', 'utf8')).exports).map((e) => e.import?.replace(/^\.\//, '')));

const internalState = {
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
    declaration.members = (declaration.members ?? []).filter((m) => !internal.includes(m.name));
  },
};

/**
 * Private, static and symbol-keyed members are no one else's business (static `properties`,
 * `styles`; `#private` fields; what the mixins of src/common/section.ts share under symbols), in a
 * class or in what it inherits.
 */
const isPublic = (member) => !member.static && (member.privacy ?? 'public') === 'public' && !/^[#[]/.test(member.name);

/**
 * A list attribute's type (`string | readonly OverviewSection[]`) as the type parser writes it out,
 * `string | 'definition' | … | 'language'[]`, made to say what it means: `string | ('definition' | … | 'language')[]`.
 */
const listOfNames = (text) => text.replace(/^string \| ((?:'[^']*' \| )*'[^']*')\[\]$/, 'string | ($1)[]');

/**
 * The type checker orders a union's names as it first met them anywhere (the guide's parts came out
 * `'missing' | 'about' | …`); a description that names every value in backticks gives the order a
 * reader expects, which the union then takes.
 */
function inDescribedOrder(text, description = '') {
  return text.replace(/(?:'[^']*' \| )+'[^']*'/, (union) => {
    const values = union.split(' | ');
    const at = (value) => description.indexOf(`\`${value.slice(1, -1)}\``);
    if (values.some((v) => at(v) < 0)) return union;
    return [...values].sort((a, b) => at(a) - at(b)).join(' | ');
  });
}

/**
 * Type aliases written out through the type checker, for what the type parser does not reach: a
 * mixin's members (src/common/section.ts), which it cannot find by their class's name. A widget
 * that takes `audience` from its mixin without a `declare` line of its own gets the values too.
 */
const aliases = { resolve: (name) => name };
function aliasResolver(ts, program) {
  const checker = program.getTypeChecker();
  const declarations = new Map();
  for (const file of program.getSourceFiles()) {
    for (const statement of file.statements) if (ts.isTypeAliasDeclaration(statement)) declarations.set(statement.name.text, statement);
  }
  return (name) => {
    const declaration = declarations.get(name);
    if (!declaration) return name;
    const type = checker.getTypeAtLocation(declaration.name);
    return checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias).replace(/"/g, "'");
  };
}

const publicApi = {
  name: 'cst-public-api',
  packageLinkPhase({ customElementsManifest: manifest }) {
    manifest.modules = manifest.modules.filter((m) => EXPORTED.has(built(m.path)));
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        // A type written out in full replaces its alias (the alias is not an export a reader can use).
        for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? []), ...(declaration.events ?? [])]) {
          for (const typed of [item, ...(item.parameters ?? [])]) {
            if (typed.parsedType) typed.type = { text: inDescribedOrder(listOfNames(typed.parsedType.text), typed.description) };
            else if (/^[A-Z]\w*$/.test(typed.type?.text ?? '')) typed.type = { text: inDescribedOrder(aliases.resolve(typed.type.text), typed.description) };
            delete typed.parsedType;
          }
        }
        if (declaration.kind !== 'class') continue;
        declaration.members = (declaration.members ?? []).filter(isPublic);
        delete declaration.mixins;
        for (const list of ['members', 'attributes', 'cssProperties', 'cssParts', 'slots', 'events']) {
          for (const item of declaration[list] ?? []) delete item.inheritedFrom;
        }
        delete declaration.superclass;
        // An attribute's default is its property's (the analyzer leaves a constant's name there), and
        // so are its description (a widget's own, where it says what a mixin's attribute changes in
        // it) and its type; attributes come in the order of their properties.
        const order = (attribute) => {
          const index = declaration.members.findIndex((m) => m.name === attribute.fieldName);
          return index < 0 ? Infinity : index;
        };
        declaration.attributes?.sort((a, b) => order(a) - order(b));
        for (const attribute of declaration.attributes ?? []) {
          const field = declaration.members.find((m) => m.name === attribute.fieldName);
          if (field?.default !== undefined) attribute.default = field.default;
          if (field?.description) attribute.description = field.description;
          // Its type too: a mixin's attribute keeps the alias it was written with (`Audience`).
          if (field?.type) attribute.type = field.type;
        }
        // `@cssprop {<color>}`: the analyzer calls the syntax a type.
        for (const property of declaration.cssProperties ?? []) {
          if (property.type) property.syntax = property.type.text;
          delete property.type;
        }
        // Each module defines its element (with a guarded `customElements.define` of its own, which
        // the analyzer does not recognise).
        if (declaration.tagName) {
          module.exports.push({ kind: 'custom-element-definition', name: declaration.tagName, declaration: { name: declaration.name } });
        }
      }
      module.path = built(module.path);
    }
  },
};

export default {
  // The type checker, so that type aliases can be written out.
  overrideModuleCreation({ ts, globs }) {
    const program = getTsProgram(ts, globs, 'tsconfig.build.json');
    aliases.resolve = aliasResolver(ts, program);
    return program.getSourceFiles().filter((sf) => globs.find((glob) => sf.fileName.includes(glob)));
  },
  plugins: [
    internalState,
    typeParserPlugin({ parseParameters: true }),
    cemInheritancePlugin(),
    publicApi,
    {
      name: 'cst-schema-version',
      packageLinkPhase({ customElementsManifest: manifest }) {
        manifest.schemaVersion = '2.1.0';
      },
    },
    cemValidatorPlugin({
      rules: {
        packageJson: { packageType: 'error', main: 'error', module: 'error', types: 'error', exports: 'error' },
        manifest: { schemaVersion: 'error', modulePath: 'error', definitionPath: 'error', typeDefinitionPath: 'error' },
      },
    }),
  ],
};
