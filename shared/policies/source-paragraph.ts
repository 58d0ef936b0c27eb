/**
 * Finding a policy's quoted sentence in its county document, and the
 * paragraph around it. Pure: the caller reads the document (it ships as
 * `shared/policies/sources/<policy-id>.txt`, named by `source.file`; the
 * mini-program never bundles it).
 *
 * A quote may leave parts out with "……"; each fragment must appear in the
 * document, whitespace and full/half-width commas and brackets ignored
 * (documents are often hard-wrapped mid-sentence, 永吉's especially).
 */

/** One paragraph of a document (lines 1-based, inclusive). */
export interface SourceParagraph {
  fromLine: number;
  toLine: number;
  /** Its lines, trimmed, blank ones left out, joined with newlines. */
  text: string;
}

/** A quoted sentence located in its document: the paragraph around each part of it, in document order. */
export interface QuoteLocation {
  fromLine: number;
  toLine: number;
  paragraphs: SourceParagraph[];
}

/** Text compared ignoring whitespace and full/half-width commas and brackets. */
export function normalizeQuoteText(text: string): string {
  return text.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）').replace(/,/g, '，');
}

/** The parts of a quote between "……" (or "…") that are long enough to look for. */
export function quoteFragments(sentence: string): string[] {
  return sentence.split(/……|…/).map(normalizeQuoteText).filter((f) => f.length >= 2);
}

/** How far a paragraph may grow around the quote, in non-blank lines each way. */
const maxSpread = 6;
/** Parts of a quote at most this many lines apart share one paragraph. */
const mergeGap = 3;
/** Shorter lines are headings or table cells, never a hard-wrapped sentence. */
const wrappedLength = 18;

interface Indexed {
  /** The document with whitespace removed and brackets/commas unified. */
  flat: string;
  /** Line (0-based) of each character of `flat`. */
  lineOf: number[];
  lines: string[];
}

function indexDocument(doc: string): Indexed {
  const lines = doc.split(/\r?\n/);
  let flat = '';
  const lineOf: number[] = [];
  lines.forEach((line, i) => {
    const n = normalizeQuoteText(line);
    flat += n;
    for (let k = 0; k < n.length; k += 1) lineOf.push(i);
  });
  return { flat, lineOf, lines };
}

/** A long line that stops mid-sentence (on a character or a comma): the document was hard-wrapped here (永吉). */
const runsOn = (line: string): boolean => {
  const t = line.trim();
  return t.length >= wrappedLength && /[\u4e00-\u9fff，、]$/.test(t);
};

/** Widens [from, to] to whole sentences: earlier lines while the previous one runs on, later while this one does. */
function widen(lines: readonly string[], from: number, to: number): [number, number] {
  const blank = (i: number) => (lines[i] ?? '').trim() === '';
  let start = from;
  for (let steps = 0, i = start - 1; i >= 0 && steps < maxSpread; i -= 1) {
    if (blank(i)) continue;
    if (!runsOn(lines[i] ?? '')) break;
    start = i;
    steps += 1;
  }
  let end = to;
  for (let steps = 0, i = end + 1; i < lines.length && steps < maxSpread && runsOn(lines[end] ?? ''); i += 1) {
    if (blank(i)) continue;
    end = i;
    steps += 1;
  }
  return [start, end];
}

const paragraphOf = (lines: readonly string[], from: number, to: number): SourceParagraph => {
  const [start, end] = widen(lines, from, to);
  const text = lines.slice(start, end + 1).map((l) => l.trim()).filter((l) => l !== '').join('\n');
  return { fromLine: start + 1, toLine: end + 1, text };
};

/**
 * Where `sentence` (a policy `source`) stands in `doc`, with the paragraph
 * around each of its parts (parts in one paragraph share it); null when any
 * part is not in the document.
 */
export function locateQuote(doc: string, sentence: string): QuoteLocation | null {
  const fragments = quoteFragments(sentence);
  if (fragments.length === 0) return null;
  const { flat, lineOf, lines } = indexDocument(doc);
  const spans: [number, number][] = [];
  let after = 0;
  for (const fragment of fragments) {
    // parts usually follow each other; a quote that reorders them is still found
    let at = flat.indexOf(fragment, after);
    if (at < 0) at = flat.indexOf(fragment);
    if (at < 0) return null;
    after = at + fragment.length;
    spans.push([lineOf[at] ?? 0, lineOf[at + fragment.length - 1] ?? 0]);
  }
  const paragraphs: SourceParagraph[] = [];
  for (const [from, to] of spans.sort((a, b) => a[0] - b[0])) {
    const p = paragraphOf(lines, from, to);
    const last = paragraphs[paragraphs.length - 1];
    // parts a few lines apart (table cells of one row) read as one paragraph
    if (last && p.fromLine <= last.toLine + mergeGap) {
      if (p.toLine > last.toLine) paragraphs[paragraphs.length - 1] = paragraphOf(lines, last.fromLine - 1, p.toLine - 1);
    } else paragraphs.push(p);
  }
  return { fromLine: paragraphs[0]?.fromLine ?? 0, toLine: paragraphs[paragraphs.length - 1]?.toLine ?? 0, paragraphs };
}
