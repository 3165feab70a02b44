/**
 * The template the importer names in the plans it writes: the newest shipped template
 * of each form (a test holds these to ActionPlanTemplates.newestShipped). Kept as plain
 * names so that the importer needs no parser.
 */
export const IMPORT_TEMPLATES = { ctap: 'ctap-2013', 'progress-report': 'progress-report' } as const;
