import type { IncomingMessage, ServerResponse } from "node:http";

export function fileHandler(root: string): (request: IncomingMessage, response: ServerResponse) => void;
