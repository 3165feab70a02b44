// Mocha root hook: if the test process is still alive 15 s after the last test (something
// left a handle open: a child, a worker, a socket), say what holds it, so a hanging CI
// run names its cause. The timer is unref'd: it never keeps the process alive itself.
export const mochaHooks = {
    afterAll() {
        setTimeout(() => {
            const handles = process.getActiveResourcesInfo().filter((name) => name !== 'TTYWrap');
            process.stderr.write(`mocha: still running 15 s after the tests; open handles: ${handles.join(', ')}\n`);
        }, 15000).unref();
    },
};
