import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstUtils } from 'langium';
import type { AstNode } from 'langium';
import { declarationsOf, referencesOf } from '../src/link/action-plan-walk.js';
import { isCommitment, isContact, isSection } from '../src/generated/ast.js';
import { createTestServices, disposeAll } from './test-services.js';

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));
const files = [
    ...readdirSync(examples).filter((name) => name.endsWith('.actionplan')),
    ...readdirSync(join(examples, 'catalog')).map((name) => `catalog/${name}`),
];
const { services, parse } = createTestServices();
const describeRef = (node: AstNode, property: string) => `${node.$type}.${property}@${node.$cstNode?.offset}`;

// The rules, scopes and links walk only plans, sections and assistance (action-plan-walk.ts);
// these tests hold that walk to Langium's generic one over every node.
describe('plan walk (declarations and references without visiting every node)', () => {
    afterEach(() => disposeAll(services));

    it("knows the grammar's only cross-references: ContactRole.contact and Block.commitment", () => {
        const reflection = services.ActionPlan.shared.AstReflection;
        const references = reflection.getAllTypes().flatMap((type) =>
            Object.values(reflection.getTypeMetaData(type).properties)
                .filter((property) => property.referenceType !== undefined)
                .map((property) => `${type}.${property.name}`),
        );
        assert.deepEqual(references.sort(), ['Block.commitment', 'ContactRole.contact']);
    });

    for (const file of files) {
        it(`finds every declaration and reference of examples/${file}`, async () => {
            const text = readFileSync(join(examples, file), 'utf8');
            const document = await parse(text);
            const root = document.parseResult.value;
            const generic = AstUtils.streamAllContents(root)
                .filter((node) => isContact(node) || isCommitment(node) || isSection(node))
                .toArray();
            // Progress reports declare nothing; plans and catalogs do.
            assert.equal(generic.length > 0, /^(ctap|catalog)\b/m.test(text));
            assert.deepEqual(new Set(declarationsOf(root)), new Set(generic));
            const genericReferences = AstUtils.streamAst(root)
                .flatMap((node) => AstUtils.streamReferences(node))
                .map((ref) => describeRef(ref.container, ref.property))
                .toArray();
            const walked = referencesOf(root).map((ref) => describeRef(ref.container, ref.property));
            assert.deepEqual(walked.sort(), genericReferences.sort());
            assert.equal(walked.length > 0, /^ctap\b/m.test(text));
        });
    }

    it('gives items no per-node checks (the validator skips their subtrees)', () => {
        const registry = services.ActionPlan.validation.ValidationRegistry;
        for (const type of ['Item', 'Timeframe']) {
            assert.equal(registry.getChecks(type).count(), 0, type);
        }
    });
});
