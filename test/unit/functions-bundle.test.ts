/** The built functions bundle in a plain V8 context (see functions-bundle.cases.ts). */
import "./functions-bundle.cases";
