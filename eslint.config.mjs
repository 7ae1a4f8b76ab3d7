// ESLint flat config (`npm run lint` runs it with Prettier's check and knip; CONTRIBUTING.md explains the layers).
//
//   - typescript-eslint, type-aware (recommendedTypeChecked, the project's tsconfig.json);
//   - react-hooks on the pane and the preview;
//   - eslint-plugin-office-addins' own rules on the code that calls Office.js;
//   - the layers: which folder may import which (no-restricted-imports per area, below);
//   - eslint-config-prettier last: formatting is Prettier's business (`prettier --check`).
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// ---- Layers ------------------------------------------------------------------------------------
//
// Each area names the top-level folders (of src/, or of the repository) it must not import. A
// relative import is matched by its first folder after the leading "../" steps, so the rule
// holds at any depth inside the area.

const SRC_AREAS = ["core", "host", "cli", "docx", "excel", "commands", "functions", "taskpane", "preview"];
const OUTSIDE_SRC = ["test", "testkit", "scripts", "bench"];

/** A no-restricted-imports pattern for relative imports that reach one of `folders`. */
const into = (folders, message) => ({ regex: `^(\\.\\./)+(${folders.join("|")})(/|$)`, message });

/**
 * no-restricted-imports for src/<area> (or the `files` given, inside it): it may import `allowed`
 * areas of src and the packages not listed.
 */
function layer(area, allowed, extra = [], files = [`src/${area}/**/*.{ts,tsx}`]) {
  const banned = SRC_AREAS.filter((a) => a !== area && !allowed.includes(a));
  return {
    files,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...(banned.length > 0
              ? [
                  into(
                    banned,
                    `src/${area} may import only ${[area, ...allowed].join(", ")} of src/ (see CONTRIBUTING.md, Layers).`,
                  ),
                ]
              : []),
            into(OUTSIDE_SRC, "src/ never imports test/, testkit/, scripts/ or bench/."),
            ...extra,
          ],
        },
      ],
    },
  };
}

const NO_PACKAGES = { regex: "^[^.]", message: "src/core is pure TypeScript: no packages, no Node, no DOM, no Office.js." };
const NO_UI = { regex: "^(react|react-dom|@fluentui/)", message: "No React or Fluent UI outside the pane and the preview." };
const NO_NODE = { regex: "^(node:|fs$|path$|os$|child_process$)", message: "Node modules only in src/cli and the tools." };
// The .xlsx reader (bytes → Grids) is shared by the CLI and the preview's "open a workbook": it
// stays browser-safe (no Node, nothing else of src/cli — file access lives in readWorkbookFile.ts).
const XLSX_READER_ONLY = {
  regex: "^\\.\\./(?!\\.\\./)",
  message: "src/cli/xlsx reads bytes only: it may not import the rest of src/cli (file access lives there).",
};
const CLI_READER_ONLY = {
  regex: "^(\\.\\./)+cli(/(?!xlsx/)|$)",
  message: "Of src/cli the preview and the pane may import only the .xlsx reader (src/cli/xlsx, browser-safe).",
};
// The pane loads the reader on first use ("Tổng hợp"): with import(), so it stays a lazy chunk (the
// rest of src/cli is CLI_READER_ONLY's).
const STATIC_READER = {
  regex: "^(\\.\\./)+cli/xlsx(/|$)",
  message: "Load the .xlsx reader with import() so it stays a lazy chunk of the pane.",
};
const STATIC_DOCX = {
  regex: "^(\\.\\./)+docx(/|$)",
  message: "Load the .docx builder with import() so it stays a lazy chunk of the pane.",
};

const layers = [
  layer("core", [], [NO_PACKAGES]),
  layer("host", ["core"], [NO_PACKAGES]),
  layer("cli", ["core", "docx"], [NO_UI]),
  // After the line above: a file gets the last matching config's list.
  layer("cli", ["core"], [NO_UI, NO_NODE, XLSX_READER_ONLY], ["src/cli/xlsx/**/*.ts"]),
  layer("docx", ["core"], [NO_UI, NO_NODE]),
  layer("excel", ["core", "host"], [NO_UI, NO_NODE]),
  layer("commands", ["host"], [NO_UI, NO_NODE]),
  layer("functions", ["core"], [NO_UI, NO_NODE]),
  // The pane is the composition root of the add-in: it wires the Excel host into the App.
  layer("taskpane", ["core", "host", "excel", "docx", "cli"], [NO_NODE, STATIC_DOCX, CLI_READER_ONLY, STATIC_READER]),
  layer("preview", ["core", "host", "excel", "taskpane", "docx", "cli"], [NO_NODE, STATIC_DOCX, CLI_READER_ONLY]),
  {
    files: ["testkit/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            into(["test", "scripts", "bench"], "testkit/ is imported by test/, bench/ and scripts/, never the other way."),
            {
              regex: "^(\\.\\./)+src/(host|excel|commands|functions|taskpane|preview)(/|$)",
              message: "testkit/ builds data and doubles from src/core and src/cli only.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["bench/**/*.ts", "scripts/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [into(["test"], "Shared test data lives in testkit/.")] }],
    },
  },
];

// ---- The configuration ----------------------------------------------------------------------

const officeRules = Object.fromEntries(
  Object.entries(officeAddins.configs.recommended.find((c) => c.plugins)?.rules ?? {}).filter(([name]) =>
    name.startsWith("office-addins/"),
  ),
);

export default tseslint.config(
  {
    ignores: ["node_modules/", "build/", "dist/", "test-output/", "bench-output/", "coverage/", "test/fixtures/", "assets/"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-this-alias": ["error", { allowedNames: ["self"] }],
      eqeqeq: ["error", "always", { null: "ignore" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ["**/*.cjs", "jest.config.js", "jest.e2e.config.js", "webpack.config.js", "bin/**/*.js", "bench/**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/excel/**/*.ts", "src/commands/**/*.ts", "src/functions/**/*.ts", "src/taskpane/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      globals: { Office: "readonly", Excel: "readonly", CustomFunctions: "readonly", OfficeExtension: "readonly" },
    },
    rules: officeRules,
  },
  {
    files: ["src/taskpane/**/*.tsx", "src/preview/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The command line tools, the benchmarks and the tests talk to the console.
    files: ["src/cli/**", "scripts/**", "bench/**", "test/**", "testkit/**", "bin/**"],
    rules: { "no-console": "off" },
  },
  {
    // Jest's expect(x.method) and mocks are unbound on purpose; its asymmetric matchers
    // (expect.stringContaining…) and JSON read from fixtures are typed `any`.
    files: ["test/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/unbound-method": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  {
    // The outline keeps node kinds and marker styles in typed arrays (plain numbers); comparing
    // them with the const enums NodeKind and Style is how it is read.
    files: ["src/core/**/*.ts", "test/core/**/*.ts"],
    rules: { "@typescript-eslint/no-unsafe-enum-comparison": "off" },
  },
  ...layers,
  prettier,
);
