// Bytes over LSP, which carries JSON only: a .docx goes to and from the worker as
// base64 (the server's side is the language package's lsp/action-plan-base64.ts).

const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
    let binary = '';
    // In chunks: String.fromCharCode(...all) would overflow the call stack on a large file.
    for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
    return btoa(binary);
}

/** Throws for text that is not base64. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
}
