/** The canonical text has a shape the importer cannot read; `line` and `column` are 1-based. */
export class ImportError extends Error {
    constructor(
        message: string,
        readonly line: number,
        readonly column: number,
    ) {
        super(message);
        this.name = 'ImportError';
    }
}
