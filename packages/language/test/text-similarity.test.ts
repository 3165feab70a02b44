import { strict as assert } from 'node:assert';
import { SAME_TEXT_THRESHOLD, isSameText, textSimilarity } from '../src/index.js';
import { createTestServices } from './test-services.js';

const { services } = createTestServices();

describe('textSimilarity', () => {
    it('"…the smooth flow of trade…" and "…the smooth and secure flow of trade…" are the same commitment, drifted', () => {
        const template =
            'Implement as practicable as possible a container security regime that facilitates the smooth flow of trade while enhancing the integrity of containers';
        const drifted = template.replace('the smooth flow', 'the smooth and secure flow');
        assert.equal(textSimilarity(template, drifted), (2 * 22) / (22 + 24));
        assert.ok(isSameText(template, drifted));
        // A word removed, one changed, one inserted: still the same commitment.
        const edited = template
            .replace('as possible ', '')
            .replace('regime', 'system')
            .replace('containers', 'shipping containers');
        assert.ok(textSimilarity(template, edited) > 0.85, String(textSimilarity(template, edited)));
    });

    it('ignores case, punctuation, Markdown markup and spacing; 1 for the same words, 0 for none shared', () => {
        assert.equal(
            textSimilarity(
                'Cooperation between APEC **member economies**.',
                'cooperation  between apec member economies',
            ),
            1,
        );
        assert.equal(textSimilarity('Protect cargo', 'Combat threats'), 0);
        assert.equal(textSimilarity('', ''), 1);
        assert.equal(textSimilarity('', 'x'), 0);
        assert.equal(textSimilarity("Cut off terrorists' access", "cut off terrorists' access"), 1);
    });

    it('no two different commitments of ctap-2013 match each other (the closest pair stays far below the threshold)', () => {
        const commitments = services.ActionPlan.templates.Templates.shippedTemplate('ctap-2013')!.commitments;
        let closest = 0;
        for (const [i, a] of commitments.entries()) {
            for (const b of commitments.slice(i + 1)) {
                const score = textSimilarity(a.wording, b.wording);
                assert.ok(score < SAME_TEXT_THRESHOLD, `${a.id} ~ ${b.id}: ${score}`);
                closest = Math.max(closest, score);
            }
        }
        assert.ok(closest > 0.35 && closest <= 0.4, `closest pair ${closest} (docs/diagnostics.md says 0.40)`);
    });

    it('runs in time proportional to the product of the lengths (two 5,000-word texts in well under a second)', () => {
        const words = Array.from({ length: 5000 }, (_, i) => `w${i % 97}`).join(' ');
        const started = performance.now();
        assert.ok(textSimilarity(words, words.replace(/w1 /g, 'x ')) > 0.9);
        assert.ok(performance.now() - started < 2000);
    });
});
