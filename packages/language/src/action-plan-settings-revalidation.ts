import type { LangiumSharedServices } from 'langium/lsp';

/**
 * Rule severities come from the editor's `actionplan.rules` setting too; when it
 * changes, every open plan is checked again so the Problems panel follows at once
 * instead of at the next edit.
 */
export function revalidateOnSettingsChange(shared: LangiumSharedServices, languageId: string): void {
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(({ section }) => {
        if (section !== languageId) return;
        const uris = shared.workspace.LangiumDocuments.all.map((document) => document.uri).toArray();
        void shared.workspace.DocumentBuilder.update(uris, []);
    });
}
