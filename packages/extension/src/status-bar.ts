import * as vscode from 'vscode';
import type { ActivePlanSummary } from './plan-summary.js';

/** The plan's economy and year (a report's title and year) in the status bar; click for the summary. */
export function createStatusBarItem(summaries: ActivePlanSummary): vscode.Disposable {
    const item = vscode.window.createStatusBarItem('actionplan.status', vscode.StatusBarAlignment.Right, 100);
    item.name = 'ActionPlan';
    item.command = 'actionplan.showSummary';
    const update = (): void => {
        const summary = summaries.current?.summary;
        if (!summary || summary.form === 'none' || !summaries.activePlan()) {
            item.hide();
            return;
        }
        const who = summary.form === 'ctap' ? (summary.economy ?? 'no economy') : (summary.title ?? 'untitled');
        const year = summary.year === undefined ? '' : ` ${summary.year}`;
        item.text = `$(book) ${who}${year}`;
        item.tooltip = `ActionPlan ${formName(summary.form)}: ${summary.commitments} commitments, ${summary.measures} measures, ${summary.errors} errors. Click for the plan summary.`;
        item.show();
    };
    const listener = summaries.onDidChange(update);
    return vscode.Disposable.from(item, listener);
}

function formName(form: string): string {
    return form === 'ctap' ? 'CTAP' : form === 'progress-report' ? 'progress report' : form;
}
