/** Many generated files as one zip, for the task pane's single download. */
import JSZip from "jszip";

export async function zipFiles(files: readonly { name: string; bytes: Uint8Array }[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const file of files) zip.file(file.name, file.bytes);
  // The workbooks are zips already; compressing them again gains little and costs time.
  return zip.generateAsync({ type: "uint8array", compression: "STORE" });
}
