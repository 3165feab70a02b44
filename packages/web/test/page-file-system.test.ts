import { strict as assert } from 'node:assert';
import { URI } from 'langium';
import { PageFileSystem } from '../src/worker/page-file-system.js';

describe('web worker: the page-backed file system', () => {
    const fs = new PageFileSystem();
    fs.set('file:///workspace/plan.actionplan', 'ctap {}');
    fs.set('file:///workspace/catalog/apec%20commitments.actionplan', 'catalog "x"');
    fs.set('file:///workspace/.actionplanrc.json', '{"rules":{}}');

    it('reads the files the page pushed, whatever the URI spelling', async () => {
        assert.equal(await fs.readFile(URI.parse('file:///workspace/plan.actionplan')), 'ctap {}');
        assert.equal(fs.readFileSync(URI.file('/workspace/catalog/apec commitments.actionplan')), 'catalog "x"');
        assert.deepEqual(
            new TextDecoder().decode(await fs.readBinary(URI.parse('file:///workspace/.actionplanrc.json'))),
            '{"rules":{}}',
        );
    });

    it('answers "no such file" for the rest, as a disk would', async () => {
        await assert.rejects(fs.readFile(URI.parse('file:///workspace/missing.actionplan')), /ENOENT/);
        assert.equal(await fs.exists(URI.parse('file:///workspace/missing.actionplan')), false);
        assert.throws(() => fs.statSync(URI.parse('file:///elsewhere/plan.actionplan')), /ENOENT/);
    });

    it('implies folders from the paths, for the workspace scan', async () => {
        const root = await fs.readDirectory(URI.parse('file:///workspace'));
        assert.deepEqual(root.map((n) => `${n.uri.path} ${n.isFile ? 'file' : 'folder'}`).sort(), [
            '/workspace/.actionplanrc.json file',
            '/workspace/catalog folder',
            '/workspace/plan.actionplan file',
        ]);
        const stat = await fs.stat(URI.parse('file:///workspace/catalog'));
        assert.equal(stat.isDirectory, true);
        assert.equal(fs.existsSync(URI.parse('file:///workspace/catalog/')), true);
    });

    it('forgets deleted files', () => {
        const scratch = new PageFileSystem();
        scratch.set('file:///workspace/a.actionplan', 'x');
        scratch.delete('file:///workspace/a.actionplan');
        assert.equal(scratch.existsSync(URI.parse('file:///workspace/a.actionplan')), false);
        assert.deepEqual(scratch.readDirectorySync(URI.parse('file:///workspace')), []);
    });
});
