// Analyses articles mangled in every way manglers.ts knows and collects what failed: a component that
// fails on an article warns and the article goes on without its findings (analyzer.ts), so a failure
// is a warning naming the mangled article, or an exception out of the analysis.
import { analyze } from '../../src/analyze/analyzer.js';
import { MANGLERS, seededRandom } from './manglers.js';

export interface FuzzArticle {
  id: string;
  text: string;
  published?: string | null;
}

export interface FuzzFailure {
  /** The article's id, "~", the mangler's name. */
  id: string;
  message: string;
  text: string;
}

/** `count` articles drawn by the seed, each analysed once per mangler. */
export async function fuzzAnalysis(articles: FuzzArticle[], seed: number, count: number): Promise<FuzzFailure[]> {
  const random = seededRandom(seed);
  const texts = new Map<string, string>();
  const failures: FuzzFailure[] = [];
  const onWarning = (w: Error) => {
    const id = / in (\S+)$/.exec(w.message)?.[1];
    if (id && texts.has(id)) failures.push({ id, message: w.message, text: texts.get(id)! });
  };
  process.on('warning', onWarning);
  try {
    for (let n = 0; n < count && articles.length; n++) {
      const article = articles[Math.floor(random() * articles.length)];
      for (const [name, mangle] of Object.entries(MANGLERS)) {
        const id = `${article.id}~${name}~${n}`;
        const text = mangle(article.text, random);
        texts.set(id, text);
        try {
          analyze({ id, text, published: article.published ?? null });
        } catch (e) {
          failures.push({ id, message: `analysis threw: ${(e as Error).message}`, text });
        }
      }
      // (process warnings arrive on a later turn of the event loop; texts are kept until then)
      await new Promise((resolve) => setImmediate(resolve));
      texts.clear();
    }
  } finally {
    process.off('warning', onWarning);
  }
  return failures;
}
