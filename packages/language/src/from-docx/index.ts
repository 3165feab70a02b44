// from-docx/ — Word documents in: a .docx (exported by ActionPlan or typed in Word
// from the template) is read with mammoth into paragraphs, lists and tables, written
// out as the canonical text it stands for, and imported by from-text/. Messages name
// the document's paragraphs and tables.
export { importDocx, DocxError, DocxImportError } from './action-plan-from-docx.js';
export type { DocxImportNotice, DocxImportResult } from './action-plan-from-docx.js';
