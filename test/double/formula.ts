/**
 * A small evaluator of spreadsheet formulas, enough for conditional-format custom formulas:
 * numbers, "strings", TRUE/FALSE, A1 references ($ for absolute parts), + - * / & = <> < > <= >=,
 * and AND, OR, NOT, IF, TODAY, ISNUMBER, ISBLANK, N, LEN, TRIM, LOWER. Dates are serial numbers.
 */
import { dateSerial } from './clock';

export type FormulaValue = number | string | boolean | null;

export interface FormulaContext {
  /** The value of a cell (1-based); null for a blank cell. */
  cell(row: number, column: number): FormulaValue;
  /** TODAY() as a serial number. */
  today(): number;
}

type Node =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'ref'; col: number; row: number; absCol: boolean; absRow: boolean }
  | { t: 'call'; name: string; args: Node[] }
  | { t: 'un'; op: string; a: Node }
  | { t: 'bin'; op: string; a: Node; b: Node };

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(n: number): string {
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?)|"((?:[^"]|"")*)"|(\$?[A-Z]{1,3}\$?\d+)|([A-Z][A-Z0-9.]*)(?=\s*\()|(TRUE|FALSE)\b|(<=|>=|<>|[-+*/&=<>(),;]))/y;

function tokenize(src: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  const text = src.trim().replace(/^=/, '');
  while (pos < text.length) {
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(text);
    if (!m) {
      if (/^\s*$/.test(text.slice(pos))) break;
      throw new Error(`Formula parse error near «${text.slice(pos)}» in ${src}`);
    }
    pos = TOKEN.lastIndex;
    if (m[1] !== undefined) out.push(`#${m[1]}`);
    else if (m[2] !== undefined) out.push(`"${m[2].replace(/""/g, '"')}`);
    else if (m[3] !== undefined) out.push(`@${m[3]}`);
    else if (m[4] !== undefined) out.push(`F${m[4]}`);
    else if (m[5] !== undefined) out.push(`B${m[5]}`);
    else out.push(m[6]!);
  }
  return out;
}

export function parseFormula(src: string): Node {
  const toks = tokenize(src);
  let i = 0;
  const peek = () => toks[i];
  const take = (expected?: string) => {
    const t = toks[i++];
    if (t === undefined || (expected !== undefined && t !== expected))
      throw new Error(`Formula parse error: expected ${expected ?? 'token'} in ${src}`);
    return t;
  };
  const LEVELS = [['=', '<>', '<', '>', '<=', '>='], ['&'], ['+', '-'], ['*', '/']];
  const binary = (level: number): Node => {
    if (level === LEVELS.length) return unary();
    let a = binary(level + 1);
    while (LEVELS[level]!.includes(peek() ?? '')) {
      const op = take();
      a = { t: 'bin', op, a, b: binary(level + 1) };
    }
    return a;
  };
  const unary = (): Node => {
    if (peek() === '-' || peek() === '+') {
      const op = take();
      return { t: 'un', op, a: unary() };
    }
    return primary();
  };
  const primary = (): Node => {
    const t = take();
    if (t === '(') {
      const e = binary(0);
      take(')');
      return e;
    }
    if (t.startsWith('#')) return { t: 'num', v: Number(t.slice(1)) };
    if (t.startsWith('"')) return { t: 'str', v: t.slice(1) };
    if (t.startsWith('B')) return { t: 'bool', v: t === 'BTRUE' };
    if (t.startsWith('@')) {
      const m = /^(\$?)([A-Z]+)(\$?)(\d+)$/.exec(t.slice(1))!;
      return {
        t: 'ref',
        absCol: m[1] === '$',
        col: columnNumber(m[2]!),
        absRow: m[3] === '$',
        row: Number(m[4]),
      };
    }
    if (t.startsWith('F')) {
      take('(');
      const args: Node[] = [];
      if (peek() !== ')') {
        args.push(binary(0));
        while (peek() === ',' || peek() === ';') {
          take();
          args.push(binary(0));
        }
      }
      take(')');
      return { t: 'call', name: t.slice(1), args };
    }
    throw new Error(`Formula parse error at «${t}» in ${src}`);
  };
  const node = binary(0);
  if (i !== toks.length) throw new Error(`Formula parse error: trailing «${toks[i]}» in ${src}`);
  return node;
}

const num = (v: FormulaValue): number => {
  if (v === null || v === '') return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  const n = Number(v);
  if (Number.isNaN(n)) throw new Error(`#VALUE!: «${v}» is not a number`);
  return n;
};
const bool = (v: FormulaValue): boolean =>
  typeof v === 'string' ? v !== '' && v.toUpperCase() !== 'FALSE' : num(v) !== 0;
const str = (v: FormulaValue): string =>
  v === null ? '' : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);

function compare(op: string, a: FormulaValue, b: FormulaValue): boolean {
  // A blank compares as "" with text and as 0 with numbers, as in Sheets.
  let x: number | string;
  let y: number | string;
  if (typeof a === 'string' || typeof b === 'string') {
    if ((typeof a === 'number' || typeof b === 'number') && a !== null && b !== null) {
      // Numbers sort before text in Sheets.
      x = typeof a === 'number' ? 0 : 1;
      y = typeof b === 'number' ? 0 : 1;
    } else {
      x = str(a).toLowerCase();
      y = str(b).toLowerCase();
    }
  } else {
    x = num(a);
    y = num(b);
  }
  switch (op) {
    case '=':
      return x === y;
    case '<>':
      return x !== y;
    case '<':
      return x < y;
    case '>':
      return x > y;
    case '<=':
      return x <= y;
    default:
      return x >= y;
  }
}

/** Evaluates a formula written for the cell (baseRow, baseColumn) as it applies to (row, column). */
export function evaluateFormula(
  node: Node,
  ctx: FormulaContext,
  offset: { rows: number; columns: number } = { rows: 0, columns: 0 },
): FormulaValue {
  const ev = (n: Node): FormulaValue => {
    switch (n.t) {
      case 'num':
      case 'str':
      case 'bool':
        return n.v;
      case 'ref':
        return ctx.cell(n.absRow ? n.row : n.row + offset.rows, n.absCol ? n.col : n.col + offset.columns);
      case 'un':
        return n.op === '-' ? -num(ev(n.a)) : num(ev(n.a));
      case 'bin': {
        const a = ev(n.a);
        const b = ev(n.b);
        switch (n.op) {
          case '+':
            return num(a) + num(b);
          case '-':
            return num(a) - num(b);
          case '*':
            return num(a) * num(b);
          case '/':
            return num(a) / num(b);
          case '&':
            return str(a) + str(b);
          default:
            return compare(n.op, a, b);
        }
      }
      case 'call': {
        const args = n.args;
        switch (n.name) {
          case 'AND':
            return args.every((a) => bool(ev(a)));
          case 'OR':
            return args.some((a) => bool(ev(a)));
          case 'NOT':
            return !bool(ev(args[0]!));
          case 'IF':
            return bool(ev(args[0]!)) ? ev(args[1]!) : args[2] ? ev(args[2]) : false;
          case 'TODAY':
            return ctx.today();
          case 'ISNUMBER':
            return typeof ev(args[0]!) === 'number';
          case 'ISBLANK':
            return ev(args[0]!) === null;
          case 'N': {
            const v = ev(args[0]!);
            return typeof v === 'number' ? v : typeof v === 'boolean' ? (v ? 1 : 0) : 0;
          }
          case 'LEN':
            return str(ev(args[0]!)).length;
          case 'TRIM':
            return str(ev(args[0]!)).trim().replace(/\s+/g, ' ');
          case 'LOWER':
            return str(ev(args[0]!)).toLowerCase();
          default:
            throw new Error(`#NAME?: the double does not know ${n.name}()`);
        }
      }
    }
  };
  return ev(node);
}

/**
 * A sheet cell as a formula sees it: Dates become serial numbers of their wall-clock time in the
 * spreadsheet's zone (as Sheets stores them), '' becomes blank.
 */
export function formulaValue(v: unknown, zone: string): FormulaValue {
  if (v === '' || v === null || v === undefined) return null;
  if (v instanceof Date) return dateSerial(v, zone);
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

export function isTruthy(v: FormulaValue): boolean {
  try {
    return bool(v);
  } catch {
    return false;
  }
}
