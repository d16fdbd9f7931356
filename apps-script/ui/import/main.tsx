/**
 * The roadmap import dialog. A file (.docx, .pdf, .xlsx, .ods) is read here, in the browser, by the same
 * shared/roadmap reader the tests run in Node, so the file never leaves the curator's computer and no Drive
 * scope is needed. The dialog shows what it found; only after the curator chooses to replace or to add
 * below does it send the rows of cells (not the parsed items) to the server, which re-reads them with the
 * same importRoadmap and the same period: what is written is what was previewed.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type CellInput,
  deadlineReading,
  type ImportResult,
  importRoadmap,
  importRoadmapFile,
} from '../../../shared/roadmap';
import type { ImportStart } from '../../src/clientApi';
import type { UploadMode } from '../../src/roadmap/roadmapUpload';
import { callServer, closeDialog } from '../shared/server';
import { T } from './strings';

type Ready = Extract<ImportStart, { status: 'ready' }>;

/** What goes to the server: the pasted text or the reader's rows, as plain JSON text. */
type Input = string | string[][];

interface Preview {
  name: string | null;
  input: Input;
  result: ImportResult;
}

type Phase =
  | { kind: 'loading' }
  | { kind: 'blocked'; message: string }
  | { kind: 'choose'; error?: string }
  | { kind: 'reading'; name: string }
  | { kind: 'preview'; preview: Preview; error?: string; writing?: boolean }
  | { kind: 'done'; message: string };

/** The reader's rows as text cells (what google.script.run can carry and the server accepts). */
function plain(source: string | CellInput): Input {
  if (typeof source === 'string') return source;
  return source.map((row) => Array.from(row, (c) => (c === null || c === undefined ? '' : String(c))));
}

/** The file's bytes (Blob.arrayBuffer where the browser has it, else FileReader). */
function fileBytes(file: File): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/**
 * Reads a file as the preview shows it: the file reader gives rows of cells, and those rows, as text, are
 * read again exactly as the server will read them.
 */
async function previewFile(file: File, period: string | null): Promise<Preview | { error: string }> {
  const bytes = new Uint8Array(await fileBytes(file));
  const read = await importRoadmapFile(bytes, file.name, { period });
  if (read.error !== null) return { error: read.error };
  if (read.source === undefined) return { error: T.unreadableFile(file.name) };
  const input = plain(read.source);
  return { name: file.name, input, result: importRoadmap(input, { period }) };
}

function PreviewView(props: {
  ready: Ready;
  phase: Extract<Phase, { kind: 'preview' }>;
  onWrite: (mode: UploadMode) => void;
  onCancel: () => void;
}) {
  const { result, name } = props.phase.preview;
  const busy = props.phase.writing === true;
  const rows = result.items.map((item) => ({ item, reading: deadlineReading(item.deadline) }));
  const unread = rows.filter((r) => r.reading.unread).length;
  const existing = props.ready.existing;
  const nothing = result.items.length === 0;
  return (
    <div class="preview">
      <h2>{T.previewTitle}</h2>
      <p class="hint">{T.from(name ?? T.pasted)}</p>
      <dl class="doc">
        {result.title && (
          <>
            <dt>{T.docTitle}</dt>
            <dd data-field="title">{result.title}</dd>
          </>
        )}
        {result.organisation && (
          <>
            <dt>{T.organisation}</dt>
            <dd data-field="organisation">{result.organisation}</dd>
          </>
        )}
        <dt>{T.period}</dt>
        <dd data-field="period">{result.period?.label ?? T.noPeriod}</dd>
      </dl>
      <p class="found">{T.found(result.items.length, unread)}</p>
      {result.warnings.length > 0 && (
        <details class="warnings" open={nothing || result.warnings.length <= 5}>
          <summary>{T.warnings(result.warnings.length)}</summary>
          <ul>
            {result.warnings.map((w) => (
              <li key={`${w.row}:${w.message}`}>{w.message}</li>
            ))}
          </ul>
        </details>
      )}
      {!nothing && (
        <div class="items">
          <table>
            <thead>
              <tr>
                <th>{T.columns.stage}</th>
                <th>{T.columns.activity}</th>
                <th>{T.columns.deadline}</th>
                <th>{T.columns.reading}</th>
                <th>{T.columns.responsible}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ item, reading }) => (
                <tr
                  key={item.sourceRow}
                  class={reading.unread ? 'unread' : undefined}
                  data-row={item.sourceRow}
                >
                  <td>{[item.stageNumber, item.stage].filter(Boolean).join(' ')}</td>
                  <td>{item.activity || item.content}</td>
                  <td>{item.deadlineText}</td>
                  <td class="reading">
                    {reading.text}
                    {reading.unread && item.deadline.reason && (
                      <span class="reason">{item.deadline.reason}</span>
                    )}
                  </td>
                  <td>{item.responsible.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {props.phase.error && <p class="error">{props.phase.error}</p>}
      {!nothing && existing > 0 && (
        <ul class="choices hint">
          <li>{T.replaceHint(existing)}</li>
          <li>{T.appendHint}</li>
        </ul>
      )}
      <div class="actions">
        {!nothing && existing > 0 && (
          <>
            <button type="button" disabled={busy} onClick={() => props.onWrite('replace')}>
              {T.replace}
            </button>
            <button type="button" disabled={busy} onClick={() => props.onWrite('append')}>
              {T.append}
            </button>
          </>
        )}
        {!nothing && existing === 0 && (
          <button type="button" disabled={busy} onClick={() => props.onWrite('append')}>
            {T.write}
          </button>
        )}
        <button type="button" disabled={busy} onClick={props.onCancel}>
          {T.cancel}
        </button>
        {busy && <span class="hint">{T.writing}</span>}
      </div>
    </div>
  );
}

function ImportDialog() {
  const [ready, setReady] = useState<Ready | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [text, setText] = useState('');
  // Read at the click, not from the last render: a paste followed at once by the click is not lost.
  const area = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    callServer('roadmapImportStart')
      .then((start) => {
        if (start.status === 'ready') {
          setReady(start);
          setPhase({ kind: 'choose' });
        } else setPhase({ kind: 'blocked', message: start.message });
      })
      .catch(() => setPhase({ kind: 'blocked', message: T.failed }));
  }, []);

  const pickFile = (file: File | undefined) => {
    if (!file || !ready) return;
    setPhase({ kind: 'reading', name: file.name });
    previewFile(file, ready.period)
      .then((p) =>
        setPhase('error' in p ? { kind: 'choose', error: p.error } : { kind: 'preview', preview: p }),
      )
      .catch(() => setPhase({ kind: 'choose', error: T.unreadableFile(file.name) }));
  };

  const showPasted = () => {
    if (!ready) return;
    const pasted = area.current?.value ?? text;
    if (pasted.trim() === '') return setPhase({ kind: 'choose', error: T.empty });
    const result = importRoadmap(pasted, { period: ready.period });
    if (result.error !== null) return setPhase({ kind: 'choose', error: result.error });
    setPhase({ kind: 'preview', preview: { name: null, input: pasted, result } });
  };

  const write = (preview: Preview, mode: UploadMode) => {
    if (!ready) return;
    setPhase({ kind: 'preview', preview, writing: true });
    callServer('importRoadmapCells', { source: preview.input, period: ready.period, mode })
      .then((r) =>
        setPhase(
          r.status === 'done'
            ? { kind: 'done', message: r.message }
            : { kind: 'preview', preview, error: r.message },
        ),
      )
      .catch(() => setPhase({ kind: 'preview', preview, error: T.failed }));
  };

  if (phase.kind === 'loading') return <p class="hint">{T.loading}</p>;
  if (phase.kind === 'blocked') return <p class="error">{phase.message}</p>;
  if (phase.kind === 'done')
    return (
      <div>
        <p class="done">{phase.message}</p>
        <button type="button" onClick={closeDialog}>
          {T.close}
        </button>
      </div>
    );
  if (phase.kind === 'preview' && ready)
    return (
      <PreviewView
        ready={ready}
        phase={phase}
        onWrite={(mode) => write(phase.preview, mode)}
        onCancel={() => setPhase({ kind: 'choose' })}
      />
    );
  const reading = phase.kind === 'reading';
  return (
    <div>
      <p class="hint">{T.hint}</p>
      {ready && <p class="state">{T.existing(ready.existing)}</p>}
      {ready?.backup && <p class="hint">{T.canUndo(ready.backup)}</p>}
      <label class="file">
        {T.fileLabel}
        <input
          type="file"
          accept={T.accept}
          disabled={reading}
          onChange={(e) => pickFile((e.target as HTMLInputElement).files?.[0])}
        />
      </label>
      {reading && <p class="hint">{T.reading(phase.name)}</p>}
      <p class="or">{T.or}</p>
      <label>
        {T.label}
        <textarea
          ref={area}
          value={text}
          placeholder={T.placeholder}
          disabled={reading}
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        />
      </label>
      {phase.kind === 'choose' && phase.error && <p class="error">{phase.error}</p>}
      <div class="actions">
        <button type="button" disabled={reading} onClick={showPasted}>
          {T.showPasted}
        </button>
      </div>
    </div>
  );
}

render(<ImportDialog />, document.getElementById('app')!);
