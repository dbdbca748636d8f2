/**
 * A webpack plugin that writes each page's Content-Security-Policy (scripts/webPolicy.cjs) into its
 * `<meta http-equiv="Content-Security-Policy">`, so the page carries the same policy the server and
 * the hosting recipes send, wherever it is served from. A page without that meta tag fails the build:
 * it would otherwise run unguarded on a server that sends no header.
 */
const { Compilation, WebpackError } = require("webpack");
const { pagePolicy } = require("./webPolicy.cjs");

const META = /(<meta\s+http-equiv="?Content-Security-Policy"?\s+content=")[^"]*(")/i;

class CspMetaPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("CspMetaPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        // After html-webpack-plugin (OPTIMIZE_INLINE) and copy-webpack-plugin (ADDITIONAL) have emitted the pages.
        { name: "CspMetaPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        (assets) => {
          for (const name of Object.keys(assets).filter((asset) => asset.endsWith(".html"))) {
            const html = assets[name].source().toString();
            if (!META.test(html)) {
              compilation.errors.push(new WebpackError(`${name} has no Content-Security-Policy meta tag.`));
              continue;
            }
            const written = html.replace(META, (_, start, end) => `${start}${pagePolicy(name)}${end}`);
            compilation.updateAsset(name, new compiler.webpack.sources.RawSource(written));
          }
        },
      );
    });
  }
}

module.exports = { CspMetaPlugin };
