/** Hands bytes to the user as a file download: the browser's own save, in the playground and in Excel on the web. */
export function downloadBytes(bytes: Uint8Array, fileName: string, type: string): void {
  // A copy into a fresh ArrayBuffer: a Blob may not take a view on a shared or larger buffer.
  const blob = new Blob([bytes.slice().buffer], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the blob only after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
