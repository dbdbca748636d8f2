/**
 * Builds the add-in into dist/: the custom functions (functions.js, functions.html, functions.json
 * and its Danish twin), the task pane, the browser playground, the help and privacy pages, the manifest
 * and the icons. `--env url=https://…` moves every URL in dist/manifest.xml under that base
 * (scripts/deployment.cjs) and makes the production add-in; without it the build is the development
 * add-in, and `--env channel=test` the test one (scripts/channels.cjs: own Id, name and namespace). `webpack --mode development` keeps the code readable with source maps.
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { FunctionsMetadataPlugin } = require("./scripts/functions-metadata.cjs");
const { baseUrlFromEnv, manifestFor } = require("./scripts/deployment.cjs");
const { CHANNELS, channelFromEnv, channelManifest } = require("./scripts/channels.cjs");
const { CspMetaPlugin } = require("./scripts/cspMeta.cjs");
const { helpFor, supportFromEnv, withManifestVersion } = require("./scripts/buildInfo.cjs");
const { DefinePlugin } = require("webpack");
const { HASHED_FOLDER } = require("./scripts/webPolicy.cjs");
const { version } = require("./package.json");

const FUNCTIONS_SOURCE = "./src/functions/functions.ts";

/** `--env url=https://…`: the server dist/ will be copied to; anything but a plain https URL stops the build. */
function baseUrlOrExit(env) {
  return orExit(() => baseUrlFromEnv(env));
}

/** `--env support=…`: the e-mail or https page for support and security reports, shown in help.html. */
function supportOrExit(env) {
  return orExit(() => supportFromEnv(env));
}

function orExit(read) {
  try {
    return read();
  } catch (error) {
    // The message says what to write; a stack trace through webpack-cli would only bury it.
    console.error(`Build refused: ${error.message}`);
    process.exit(2);
  }
}

/**
 * The custom functions bundle, built apart from the pages: Excel for Windows runs it in a
 * JavaScript-only runtime that supports ECMAScript 2016, so it is compiled for ES2016 against the
 * ES2016 library (tsconfig.functions.json) and checked by test/unit/functions-es2016.test.ts. It does
 * not clean dist/; the pages' build cleans it and keeps functions.*. `--config-name functions`
 * builds this one alone.
 */
function functionsConfig(development, baseUrl) {
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
      // The metadata in English and Danish from the registry of BUDGET functions, each function
      // linking to its section of the help page this build serves.
      new FunctionsMetadataPlugin({
        registry: path.resolve(__dirname, "src/functions/registry.json"),
        english: "functions.json",
        danish: "functions.da-DK.json",
        helpPage: `${baseUrl}/help.html`,
      }),
      new HtmlWebpackPlugin({
        filename: "functions.html",
        template: "./src/functions/functions.html",
        chunks: ["functions"],
        inject: "body",
        scriptLoading: "blocking",
      }),
      new CspMetaPlugin(),
    ],
    // terser told the bundle is ES2016 and one scope (webpack concatenates the modules): it may
    // then drop and inline across the whole file. Output stays ES2016 (functions-es2016.test.ts).
    // unsafe_arrows writes a function expression that uses neither `this` nor `arguments` as an
    // arrow (ES2015): none of ours is called with `new`, and the bundle tests run the result.
    optimization: {
      minimizeOptions: { javascript: { ecma: 2016, toplevel: true, compress: { passes: 3, unsafe_arrows: true } } },
    },
    performance: { hints: false },
    stats: "errors-warnings",
  };
}

// Two configurations: the pages (task pane, playground, help, manifest; modern browsers) and the
// custom functions (ES2016, above).
module.exports = (env, argv) => {
  const development = argv.mode === "development";
  const baseUrl = baseUrlOrExit(env);
  const support = supportOrExit(env);
  const channel = orExit(() => channelFromEnv(env));
  // `--env release` (npm run release) leaves the playground out: it is not part of what IT publishes.
  const release = Boolean(env && env.release);
  return [pagesConfig(development, baseUrl, support, release, channel), functionsConfig(development, baseUrl)];
};

function pagesConfig(development, baseUrl, support, release, channel) {
  return {
    name: "pages",
    mode: development ? "development" : "production",
    // Excel's JavaScript-only runtime may refuse eval, so no eval-based source maps even in development.
    devtool: development ? "source-map" : false,
    target: ["web", "es2020"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      ...(release ? {} : { playground: "./src/playground/index.tsx" }),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // Named by their content, in a folder of their own: a release's scripts never mix with another's
      // in a cache, and every server recipe can give the one folder a year-long immutable rule
      // (scripts/webPolicy.cjs). The pages, the manifest and functions.js keep their names and are
      // revalidated on every use.
      filename: `${HASHED_FOLDER}/[name].[contenthash:16].js`,
      chunkFilename: `${HASHED_FOLDER}/[name].[contenthash:16].js`,
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
      ...(release
        ? []
        : [
            new HtmlWebpackPlugin({
              filename: "playground.html",
              template: "./src/playground/playground.html",
              chunks: ["playground"],
            }),
          ]),
      // The pane shows the version it was built as (src/taskpane/version.ts); in Excel it writes the
      // namespace of the add-in it belongs to (src/taskpane/addinNamespace.ts; the playground keeps BUDGET).
      new DefinePlugin({
        __RAADERUM_VERSION__: JSON.stringify(version),
        __RAADERUM_NAMESPACE__: JSON.stringify(CHANNELS[channel].namespace),
      }),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: "manifest.xml",
            // A new package version is a new manifest version: Excel then fetches the files anew.
            // The channel's identity, then its server's URLs.
            transform: (content) =>
              withManifestVersion(manifestFor(channelManifest(content.toString("utf8"), channel), baseUrl), version),
          },
          { from: "assets", to: "assets" },
          {
            from: "src/help/help.html",
            to: "help.html",
            transform: (content) => helpFor(content.toString("utf8"), version, support),
          },
          { from: "src/privacy/privacy.html", to: "privacy.html" },
          { from: "src/taskpane/oldWebview.js", to: "oldwebview.js" },
        ],
      }),
      new CspMetaPlugin(),
    ],
    performance: { hints: false },
    stats: "errors-warnings",
  };
}
