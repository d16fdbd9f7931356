/**
 * A small pull tokenizer for the XML inside .docx/.xlsx/.ods files.
 *
 * Why not a DOM or an XML library: shared/ runs in Node (tests, server) and in the dialog, where
 * DOMParser exists only in one of them; the readers need a handful of elements and attributes, read
 * in document order, so a streaming scanner is enough and adds ~2 KB instead of a parser's 30–100 KB.
 * It is linear: each character is looked at a bounded number of times (indexOf for the next «<», one
 * pass over a tag's attributes), there are no regular expressions over repeated text, and strings are
 * sliced, never rebuilt character by character. Well-formedness is not checked: a broken file gives
 * less text, never an exception or a hang.
 */

export type XmlToken = 'open' | 'close' | 'text' | 'end';

export class XmlScanner {
  private pos = 0;
  /** The kind of the current token. */
  kind: XmlToken = 'end';
  /** The qualified tag name of an open/close token («w:p»). */
  name = '';
  /** An open tag written as `<x/>`: no close token follows for it. */
  selfClosing = false;
  private attrFrom = 0;
  private attrTo = 0;
  private textFrom = 0;
  private textTo = 0;
  private cdata = false;

  constructor(private readonly xml: string) {}

  next(): XmlToken {
    const s = this.xml;
    const n = s.length;
    while (this.pos < n) {
      const lt = s.indexOf('<', this.pos);
      if (lt !== this.pos) {
        // Text up to the next tag (or the end).
        this.textFrom = this.pos;
        this.textTo = lt < 0 ? n : lt;
        this.pos = this.textTo;
        this.cdata = false;
        this.kind = 'text';
        return this.kind;
      }
      const c = s.charCodeAt(lt + 1);
      if (c === 33 /* ! */) {
        if (s.startsWith('<!--', lt)) {
          this.pos = skipPast(s, '-->', lt + 4);
          continue;
        }
        if (s.startsWith('<![CDATA[', lt)) {
          const end = s.indexOf(']]>', lt + 9);
          this.textFrom = lt + 9;
          this.textTo = end < 0 ? n : end;
          this.pos = end < 0 ? n : end + 3;
          this.cdata = true;
          this.kind = 'text';
          return this.kind;
        }
        this.pos = skipPast(s, '>', lt + 2); // <!DOCTYPE …>: these files have no internal subset
        continue;
      }
      if (c === 63 /* ? */) {
        this.pos = skipPast(s, '?>', lt + 2);
        continue;
      }
      const closing = c === 47; /* / */
      let i = closing ? lt + 2 : lt + 1;
      const nameFrom = i;
      while (i < n) {
        const ch = s.charCodeAt(i);
        if (ch === 62 || ch === 47 || ch === 32 || ch === 9 || ch === 10 || ch === 13) break;
        i++;
      }
      this.name = s.slice(nameFrom, i);
      // Attributes run to the first «>» outside quotes.
      this.attrFrom = i;
      let quote = 0;
      while (i < n) {
        const ch = s.charCodeAt(i);
        if (quote) {
          if (ch === quote) quote = 0;
        } else if (ch === 34 || ch === 39) quote = ch;
        else if (ch === 62) break;
        i++;
      }
      this.selfClosing = !closing && i > this.attrFrom && s.charCodeAt(i - 1) === 47;
      this.attrTo = this.selfClosing ? i - 1 : i;
      this.pos = i + 1;
      this.kind = closing ? 'close' : 'open';
      return this.kind;
    }
    this.kind = 'end';
    return this.kind;
  }

  /** The decoded text of a text token. */
  text(): string {
    const raw = this.xml.slice(this.textFrom, this.textTo);
    return this.cdata ? raw : decodeEntities(raw);
  }

  /** An attribute of the current open tag by its qualified name («w:val»), decoded; null when absent. */
  attr(name: string): string | null {
    const s = this.xml;
    let i = this.attrFrom;
    const end = this.attrTo;
    while (i < end) {
      while (i < end && isSpace(s.charCodeAt(i))) i++;
      const from = i;
      while (i < end && s.charCodeAt(i) !== 61 /* = */ && !isSpace(s.charCodeAt(i))) i++;
      const key = s.slice(from, i);
      while (i < end && s.charCodeAt(i) !== 34 && s.charCodeAt(i) !== 39) i++;
      if (i >= end) return null;
      const q = s[i]!;
      const close = s.indexOf(q, i + 1);
      if (close < 0 || close > end) return null;
      if (key === name) return decodeEntities(s.slice(i + 1, close));
      i = close + 1;
    }
    return null;
  }

  /** Skips the rest of the element whose open tag is current (nothing to skip if it is self-closing). */
  skipElement(): void {
    if (this.kind !== 'open' || this.selfClosing) return;
    let depth = 1;
    while (depth > 0) {
      const k = this.next();
      if (k === 'end') return;
      if (k === 'open' && !this.selfClosing) depth++;
      else if (k === 'close') depth--;
    }
  }
}

function skipPast(s: string, marker: string, from: number): number {
  const at = s.indexOf(marker, from);
  return at < 0 ? s.length : at + marker.length;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML's five named entities and numeric references; anything else is left as written. */
export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (m, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? m;
    const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
  });
}

/** `w:val="0"`/`"false"`/`"off"` switch a toggle property (bold) off; no value or anything else is on. */
export function toggleOn(value: string | null): boolean {
  return value === null || !/^(0|false|off)$/i.test(value);
}
