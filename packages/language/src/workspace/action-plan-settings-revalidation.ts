import type { LangiumSharedServices } from 'langium/lsp';

/**
 * Rule severities come from the editor's `actionplan.rules` setting too; when it
 * changes, every plan is checked again so the Problems panel follows at once
 * instead of at the next edit. The rebuild takes the workspace write lock like
 * every other build: VS Code sends the settings at startup, while the first
 * build runs, and two builds at once unlink each other's references and
 * validate documents twice (duplicate Problems entries).
 */
export function revalidateOnSettingsChange(shared: LangiumSharedServices, languageId: string): void {
    const { LangiumDocuments, DocumentBuilder, WorkspaceLock } = shared.workspace;
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(({ section }) => {
        if (section !== languageId) return;
        void WorkspaceLock.write((token) =>
            // Validated documents are validated again; the rest are built as usual.
            DocumentBuilder.build(LangiumDocuments.all.toArray(), { validation: true }, token),
        );
    });
}
