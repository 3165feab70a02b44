// Which files are plans: the one place that knows the `.actionplan` extension.

/** The file extension of plan files, with its dot. */
export const PLAN_EXTENSION = '.actionplan';

/** True for a path or URI path naming a plan file (`plan.actionplan`). */
export function isPlanPath(path: string): boolean {
    return path.endsWith(PLAN_EXTENSION);
}
