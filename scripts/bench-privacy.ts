/**
 * `npm run bench:privacy [-- --corpus <content dir> …]`: precision and recall of the personal-data
 * check on the labelled snippets (src/lib/content/personal-data/labelled-snippets.ts), then the
 * false alarms on the starter corpus and on each corpus given (e.g. a generated one:
 * `npm run generate:corpus -- --n 2000 --out bench/scratch/n2000`). Exits 1 on any false alarm
 * or if precision or recall falls below 0.95.
 */
import { falseAlarmsIn, scoreSnippets } from '../tools/lib/bench/privacy-bench';
import { labelledSnippets } from '../src/lib/content/personal-data/labelled-snippets';

const corpora = ['content'];
for (let i = 2; i < process.argv.length; i++) if (process.argv[i] === '--corpus') corpora.push(process.argv[++i]);

const positives = labelledSnippets.filter((s) => s.expect !== 'none').length;
console.log(`Labelled snippets: ${labelledSnippets.length} (${positives} with personal data, ${labelledSnippets.length - positives} near-misses)\n`);
console.log('rule        TP  FP  FN  precision  recall');
const scores = scoreSnippets(labelledSnippets);
for (const s of scores) {
	console.log(`${s.rule.padEnd(10)} ${String(s.truePositives).padStart(3)} ${String(s.falsePositives).padStart(3)} ${String(s.falseNegatives).padStart(3)}  ${s.precision.toFixed(3).padStart(9)}  ${s.recall.toFixed(3).padStart(6)}`);
}

let failed = scores.some((s) => s.precision < 0.95 || s.recall < 0.95);
for (const dir of corpora) {
	const started = performance.now();
	const { files, alarms } = falseAlarmsIn(dir);
	console.log(`\n${dir}: ${files} files checked in ${((performance.now() - started) / 1000).toFixed(1)} s, ${alarms.length} false alarm(s)`);
	for (const alarm of alarms.slice(0, 20)) console.log(`  • ${alarm}`);
	if (alarms.length) failed = true;
}
process.exit(failed ? 1 : 0);
