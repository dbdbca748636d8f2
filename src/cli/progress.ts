/**
 * A progress line: rewritten in place on a terminal, a line per tenth of the work otherwise.
 * Without a stream (tests) it says nothing.
 */
export function progressLine(verb: string, stream: NodeJS.WriteStream | undefined) {
  let lastTenth = -1;
  return (done: number, total: number, item: string): void => {
    if (!stream) return;
    if (stream.isTTY) {
      const line = `${verb} ${done}/${total}: ${item}`.slice(0, (stream.columns || 80) - 1);
      // \x1b[K clears what a longer previous line left behind.
      stream.write(`\r${line}\x1b[K${done === total ? "\n" : ""}`);
      return;
    }
    const tenth = Math.floor((done * 10) / total);
    if (tenth !== lastTenth || done === total) {
      lastTenth = tenth;
      stream.write(`${verb} ${done}/${total}\n`);
    }
  };
}
