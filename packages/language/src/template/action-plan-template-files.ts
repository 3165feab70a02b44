import { UriUtils } from 'langium';
import type { URI } from 'langium';
import { isCtapPlan, isProgressReport } from '../generated/ast.js';
import type { Document } from '../generated/ast.js';

/** The template file a plan's header names (`template "path"`), resolved against the plan's folder: loaded with the plan. */
export function templateFileUri(root: Document, documentUri: URI): URI | undefined {
    const body = root.body;
    const ref = isCtapPlan(body) ? body.header?.template : isProgressReport(body) ? body.template : undefined;
    const path = ref?.path ?? '';
    return path.length > 0 ? UriUtils.resolvePath(UriUtils.dirname(documentUri), path) : undefined;
}
