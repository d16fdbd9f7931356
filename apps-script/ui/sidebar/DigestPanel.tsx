/** The weekly digest's switch: whether it is on (and to whom), and one button to turn it on or off (as the menu item does). */
import { useEffect, useState } from 'preact/hooks';
import type { DigestSwitch } from '../../src/year';
import { callServer } from '../shared/server';
import { Y } from './yearStrings';

export function DigestPanel({ onError }: { onError: (e: unknown) => void }) {
  const [state, setState] = useState<DigestSwitch | null>(null);
  const [mentors, setMentors] = useState(false);
  const [busy, setBusy] = useState(false);
  /** The server's message after a switch: done, or why nothing changed (a permission not granted). */
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  useEffect(() => {
    callServer('getYearDigest')
      .then((s) => {
        setState(s);
        setMentors(s.mentors);
      })
      .catch(onError);
  }, []);

  const flip = () => {
    if (!state?.ok) return;
    setBusy(true);
    setNote(null);
    callServer('switchYearDigest', { on: !state.on, mentors })
      .then((s) => {
        // Refused: the state shown stays what it was, with the reason under it.
        if (s.ok) {
          setState(s);
          setMentors(s.mentors);
        }
        setNote({ text: s.message, error: !s.ok });
      })
      .catch(onError)
      .finally(() => setBusy(false));
  };

  return (
    <section aria-labelledby="digest-title" data-panel="digest">
      <h2 id="digest-title">{Y.digestTitle}</h2>
      {state && !state.ok && <p class="error">{state.message}</p>}
      {state?.ok && (
        <>
          <p data-digest={state.on ? 'on' : 'off'}>{state.on ? Y.digestOn(state.mentors) : Y.digestOff}</p>
          {!state.on && (
            <label>
              <input
                type="checkbox"
                checked={mentors}
                disabled={busy}
                onChange={(e) => setMentors((e.target as HTMLInputElement).checked)}
              />{' '}
              {Y.digestMentors}
            </label>
          )}
          <button type="button" class={state.on ? 'secondary' : 'action'} disabled={busy} onClick={flip}>
            {state.on ? Y.digestDisable : Y.digestEnable}
          </button>
        </>
      )}
      {note && (
        <p class={note.error ? 'error' : 'done'} role="status">
          {note.text}
        </p>
      )}
    </section>
  );
}
