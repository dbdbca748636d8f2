/**
 * Builds the add-in into dist/: the custom functions (functions.js, functions.html, functions.json
 * and its Danish twin), the task pane, the browser playground, the ribbon's function file, the
 * manifest and the icons. `webpack --mode development` keeps the code readable with source maps.
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { DanishMetadataPlugin } = require("./scripts/danish-metadata.cjs");

const FUNCTIONS_SOURCE = "./src/functions/functions.ts";

/** The ribbon's FunctionFile: the manifest requires one, and the button needs no code of ours. */
const COMMANDS_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Råderum commands</title>
    <script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>
  </head>
  <body>
    <script>
      if (typeof Office !== "undefined") Office.onReady(function () {});
    </script>
  </body>
</html>
`;

/**
 * The custom functions bundle, built apart from the pages: Excel for Windows runs it in a
 * JavaScript-only runtime that supports ECMAScript 2016, so it is compiled for ES2016 against the
 * ES2016 library (tsconfig.functions.json) and checked by test/unit/functions-es2016.test.ts. It does
 * not clean dist/; the pages' build cleans it and keeps functions.*. `--config-name functions`
 * builds this one alone.
 */
function functionsConfig(development) {
  return {
    name: "functions",
    mode: development ? "development" : "production",
    devtool: development ? "source-map" : false,
    target: ["web", "es2016"],
    entry: {
      // One self-contained file: the functions runtime loads no further chunks.
      functions: { import: FUNCTIONS_SOURCE, chunkLoading: false, asyncChunks: false },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // The functions runtime has neither window nor self, and ES2016 has no globalThis.
      globalObject: "this",
      clean: false,
    },
    resolve: { extensions: [".ts", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.functions.json"),
              compilerOptions: { noEmit: false },
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }),
      new DanishMetadataPlugin({
        source: "functions.json",
        output: "functions.da-DK.json",
        table: path.resolve(__dirname, "src/functions/danish.json"),
      }),
      new HtmlWebpackPlugin({
        filename: "functions.html",
        template: "./src/functions/functions.html",
        chunks: ["functions"],
        inject: "body",
        scriptLoading: "blocking",
      }),
    ],
    performance: { hints: false },
    stats: "errors-warnings",
  };
}

// Two configurations: the pages (task pane, playground, commands, manifest; modern browsers) and
// the custom functions (ES2016, above).
module.exports = (_env, argv) => {
  const development = argv.mode === "development";
  return [pagesConfig(development), functionsConfig(development)];
};

function pagesConfig(development) {
  return {
    name: "pages",
    mode: development ? "development" : "production",
    // Excel's JavaScript-only runtime may refuse eval, so no eval-based source maps even in development.
    devtool: development ? "source-map" : false,
    target: ["web", "es2020"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      playground: "./src/playground/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      globalObject: "globalThis",
      // The functions build (the other configuration) writes functions.*.
      clean: { keep: /^functions\./ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Types are checked by `tsc --noEmit` (npm run lint); the build only transpiles.
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "playground.html",
        template: "./src/playground/playground.html",
        chunks: ["playground"],
      }),
      new HtmlWebpackPlugin({ filename: "commands.html", templateContent: COMMANDS_PAGE, chunks: [] }),
      new CopyWebpackPlugin({ patterns: [{ from: "manifest.xml" }, { from: "assets", to: "assets" }] }),
    ],
    performance: { hints: false },
    stats: "errors-warnings",
  };
}
