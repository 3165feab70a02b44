// How the page words counts and errors in its messages.

/** `1 error`, `3 errors`. */
export function plural(count: number, noun: string): string {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The message of an error, a rejected request's or any other. */
export function messageOf(error: unknown): string {
    if (error && typeof error === 'object' && 'message' in error) return String(error.message);
    return String(error);
}
