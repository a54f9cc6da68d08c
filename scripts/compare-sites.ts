import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
const [a, b] = [process.argv[2]!, process.argv[3]!];
const files = readdirSync(a, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
let diff = 0;
for (const f of files) {
  if (!existsSync(path.join(b, f))) { console.log('missing', f); diff++; continue; }
  const x = toHtml(fromHtml(readFileSync(path.join(a, f), 'utf8')));
  const y = toHtml(fromHtml(readFileSync(path.join(b, f), 'utf8')));
  if (x !== y) {
    diff++;
    let i = 0; while (i < x.length && x[i] === y[i]) i++;
    console.log('DIFF', f, '\n  before:', JSON.stringify(x.slice(Math.max(0, i - 120), i + 200)), '\n  after: ', JSON.stringify(y.slice(Math.max(0, i - 120), i + 200)));
  }
}
const extra = readdirSync(b, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !files.includes(f));
console.log(files.length, 'pages compared;', diff, 'differ; new:', extra);
