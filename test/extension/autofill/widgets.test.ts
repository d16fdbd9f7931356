// Widgets: how fields are found, read and filled — placeholder options, comboboxes with body poppers,
// switches, events and their order, shadow roots, conditional fields, per-site signatures.
import { describe, expect, it } from 'vitest';
import { applyFill, fillPage, findFields } from '../../../extension/autofill';
import type { IndicatorKey } from '../../../shared/report/catalog';
import { packageOf, page, planByHand, plannedValue } from '../helpers/byHand';
import { domLibraryVisibility } from '../helpers/fixtures';

describe('placeholder options are no answer', () => {
  it('a Google-Forms-style list whose «Выбрать» option (empty data-value) is selected is empty and gets filled', () => {
    const doc = page(`
      <div role="heading" id="q">Отчётный период</div>
      <div role="listbox" aria-labelledby="q" aria-expanded="false">
        <div role="option" aria-selected="true" data-value="">Выбрать</div>
        <div role="option" aria-selected="false" data-value="2024/2025 учебный год">2024/2025 учебный год</div>
      </div>`);
    const plan = planByHand(
      doc,
      { '[role=listbox]': 'report.period' },
      { 'report.period': '2024/2025 учебный год' },
    );
    expect(plan.fields[0]!.reason).not.toBe('already-filled');
    expect(plannedValue(plan, doc, '[role=listbox]')).toBe('2024/2025 учебный год');
  });

  it('a native select left on a «Выбрать…» option by the page’s script is empty too', () => {
    const doc = page(
      '<label for="s">Период</label><select id="s"><option value="x">2023/2024</option><option value="">Выбрать…</option><option value="y">2024/2025</option></select>',
    );
    (doc.getElementById('s') as HTMLSelectElement).selectedIndex = 1;
    const plan = planByHand(doc, { '#s': 'report.period' }, { 'report.period': '2024/2025 учебный год' });
    expect(plannedValue(plan, doc, '#s')).toBe('2024/2025');
  });
});

describe('custom widgets', () => {
  /** An Element-Plus-like select: read-only combobox input, its list in a hidden popper appended to <body>. */
  function elSelect(): Document {
    const doc = page(`
      <div class="el-form-item"><div class="el-form-item__label">Учебный год</div>
        <div class="el-select" data-value=""><input id="sel" readonly role="combobox" aria-expanded="false" aria-controls="pop" placeholder="Выберите"></div>
      </div>
      <div id="pop" role="tooltip" style="display:none"><ul role="listbox">
        <li role="option" aria-selected="false" data-value="2023-2024">2023–2024</li>
        <li role="option" aria-selected="false" data-value="2024-2025">2024–2025</li>
      </ul></div>`);
    const root = doc.querySelector('.el-select')!;
    const pop = doc.getElementById('pop')!;
    root.addEventListener('click', () => {
      pop.style.display = pop.style.display === 'none' ? 'block' : 'none';
    });
    for (const li of Array.from(doc.querySelectorAll('li'))) {
      li.addEventListener('click', (e) => {
        e.stopPropagation();
        root.setAttribute('data-value', li.getAttribute('data-value')!);
        li.setAttribute('aria-selected', 'true');
        (doc.getElementById('sel') as HTMLInputElement).value = li.textContent!;
        pop.style.display = 'none';
      });
    }
    return doc;
  }

  it('finds an el-select as one choice field (its hidden popper list is not a field) and picks by clicks', () => {
    const doc = elSelect();
    const fields = findFields(doc, domLibraryVisibility);
    expect(fields.map((f) => [f.kind, f.readOnly, f.visible, f.options.length])).toEqual([
      ['aria-listbox', false, true, 2],
    ]);
    const plan = planByHand(doc, { '#sel': 'report.period' }, { 'report.period': '2024/2025 учебный год' });
    const result = applyFill(plan);
    expect(result.failed).toEqual([]);
    expect(doc.querySelector('.el-select')!.getAttribute('data-value')).toBe('2024-2025');
  });

  it('finds a role=switch (not its hidden inner checkbox), names it by the text before it, and switches it on when the document has a link', () => {
    const doc = page(`
      <div class="doc-row"><span>Утверждено положение о наставничестве</span>
        <div id="sw" class="el-switch" role="switch" aria-checked="false" tabindex="0"><input type="checkbox" aria-hidden="true" style="opacity:0"><span class="el-switch__label">Нет</span><span class="el-switch__core"></span><span class="el-switch__label">Да</span></div>
      </div>`);
    const sw = doc.getElementById('sw')!;
    sw.addEventListener('click', () =>
      sw.setAttribute('aria-checked', sw.getAttribute('aria-checked') === 'true' ? 'false' : 'true'),
    );
    const fields = findFields(doc, domLibraryVisibility);
    // Named by the text before it, not by its own «Нет» / «Да».
    expect(fields.map((f) => [f.kind, f.label])).toEqual([
      ['aria-checkbox', 'Утверждено положение о наставничестве'],
    ]);
    const plan = planByHand(
      doc,
      { '#sw': 'documents.regulation.link' },
      { 'documents.regulation.link': 'https://school.example/polozhenie.pdf' },
    );
    applyFill(plan);
    expect(sw.getAttribute('aria-checked')).toBe('true');
  });
});

describe('events', () => {
  it('sends what a browser’s autofill sends, in order, composed so a shadow host hears it', () => {
    const doc = page('<nm-field></nm-field>');
    const host = doc.querySelector('nm-field')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<label for="i">Численность наставников</label><input id="i">';
    const input = shadow.getElementById('i') as HTMLInputElement;
    const seen: string[] = [];
    for (const t of ['focus', 'keydown', 'beforeinput', 'input', 'keyup', 'change', 'blur'])
      input.addEventListener(t, (e) =>
        seen.push(t + ((e as InputEvent).inputType ? `:${(e as InputEvent).inputType}` : '')),
      );
    const heard: string[] = [];
    for (const t of ['input', 'change', 'focusout']) host.addEventListener(t, () => heard.push(t));
    const fields = findFields(doc, domLibraryVisibility);
    const plan = planByHand(doc, {}, { 'mentors.total': 23 });
    const f = plan.fields.find((x) => x.element === input)!;
    expect(fields.some((x) => x.element === input)).toBe(true);
    Object.assign(f, { indicator: 'mentors.total', value: '23', action: 'fill' });
    applyFill(plan);
    expect(input.value).toBe('23');
    expect(seen).toEqual([
      'focus',
      'keydown',
      'beforeinput:insertReplacementText',
      'input:insertReplacementText',
      'keyup',
      'change',
      'blur',
    ]);
    expect(heard).toEqual(['input', 'change', 'focusout']);
  });

  it('commits a contenteditable grid cell through its blur handler', () => {
    const doc = page(
      '<table><tr><td>Наставников</td><td><div id="c" contenteditable="true"></div></td></tr></table>',
    );
    const cell = doc.getElementById('c')!;
    let committed = '';
    cell.addEventListener('blur', () => {
      committed = cell.textContent ?? '';
    });
    applyFill(planByHand(doc, { '#c': 'mentors.total' }, { 'mentors.total': 23 }));
    expect(committed).toBe('23');
  });
});

describe('conditional fields and signatures', () => {
  it('fills a field that appears only after «Да» is picked (fillPage plans again)', () => {
    const doc = page(`
      <p><span>Утверждено ли положение?</span><label><input type="radio" name="on" value="1"> Да</label><label><input type="radio" name="on" value="0"> Нет</label></p>
      <div id="cond" hidden><label for="url">Ссылка на положение</label><input id="url" disabled></div>`);
    const cond = doc.getElementById('cond')!;
    const url = doc.getElementById('url') as HTMLInputElement;
    for (const r of Array.from(doc.querySelectorAll('[name=on]')))
      r.addEventListener('change', () => {
        const on = (doc.querySelector('[name=on][value="1"]') as HTMLInputElement).checked;
        cond.hidden = !on;
        url.disabled = !on;
      });
    const fields = findFields(doc, domLibraryVisibility);
    const radio = fields.find((f) => f.kind === 'radio')!;
    const link = fields.find((f) => f.element === url)!;
    const pkg = packageOf({
      'documents.regulation.exists': true,
      'documents.regulation.link': 'https://school.example/polozhenie.pdf',
    });
    const mappings: Record<string, IndicatorKey> = {
      [radio.signature]: 'documents.regulation.exists',
      [link.signature]: 'documents.regulation.link',
    };
    const { result } = fillPage(doc, pkg, { mappings, minConfidence: 2, isVisible: domLibraryVisibility });
    expect(url.value).toBe('https://school.example/polozhenie.pdf');
    expect(result.filled).toBe(2);
    result.undo();
    expect(url.value).toBe('');
  });

  it('gives two fields with the same label different signatures, so a correction keeps to its field', () => {
    const doc = page(`
      <fieldset><legend>Наставники</legend><label for="a">Всего, чел.</label><input id="a"></fieldset>
      <fieldset><legend>Наставляемые</legend><label for="b">Всего, чел.</label><input id="b"></fieldset>`);
    const [a, b] = findFields(doc, domLibraryVisibility);
    expect(a!.signature).not.toBe(b!.signature);
  });
});
