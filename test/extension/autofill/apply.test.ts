import { describe, expect, it } from 'vitest';
import { applyFill, planFill, prefilledLink } from '../../../extension/autofill';
import { domLibraryVisibility, loadFixture } from '../helpers/fixtures';
import { samplePackage } from '../helpers/samplePackage';

const opts = { isVisible: domLibraryVisibility };

function input(doc: Document, selector: string): HTMLInputElement {
  const el = doc.querySelector(selector);
  if (!el) throw new Error(`нет ${selector}`);
  return el as HTMLInputElement;
}

describe('applyFill', () => {
  it('fills a plain form, fires the events frameworks listen to, never submits, and undoes', () => {
    const { document } = loadFixture('plain');
    const events: string[] = [];
    const total = input(document, '#m-total');
    for (const t of ['focus', 'input', 'change', 'blur']) total.addEventListener(t, () => events.push(t));
    let submitted = 0;
    document.querySelector('form')!.addEventListener('submit', () => submitted++);
    const result = applyFill(planFill(document, samplePackage(), opts));
    expect(result.failed).toEqual([]);
    expect(total.value).toBe('24');
    expect(events).toEqual(['focus', 'input', 'change', 'blur']);
    expect(input(document, '#young-share').value).toBe('63,6');
    expect(input(document, '[name=reg][value="1"]').checked).toBe(true);
    expect((document.getElementById('road') as HTMLSelectElement).value).toBe('y');
    expect(input(document, '[name=site]').checked).toBe(true);
    expect((document.getElementById('best') as HTMLTextAreaElement).value).toContain('Читаем вместе');
    expect(input(document, '[name=hp_covered]').value).toBe('');
    expect(input(document, '#mt-teachers').value).toBe('3');
    expect(input(document, '#target').value).toBe('70');
    expect(submitted).toBe(0);

    expect(result.undo()).toBe(result.filled);
    expect(total.value).toBe('');
    expect(input(document, '[name=reg][value="1"]').checked).toBe(false);
    expect((document.getElementById('road') as HTMLSelectElement).value).toBe('');
    expect(input(document, '[name=site]').checked).toBe(false);
  });

  it('gets past a React-style value tracker, where a plain assignment is lost', () => {
    const naive = loadFixture('sections').document;
    const field = input(naive, '#r-mentors');
    field.value = '24';
    field.dispatchEvent(
      new (naive.defaultView as Window & typeof globalThis).Event('input', { bubbles: true }),
    );
    expect(naive.getElementById('state-mentors')!.textContent).toBe('');
    expect(field.value).toBe('');

    const { document } = loadFixture('sections');
    const result = applyFill(planFill(document, samplePackage(), opts));
    // «Количество педагогов-наставников» asks for teacher mentors (mentors.teachers = 19).
    expect(document.getElementById('state-mentors')!.textContent).toBe('19');
    expect(document.getElementById('state-mentees')!.textContent).toBe('48');
    expect(input(document, '#r-mentors').value).toBe('19');
    result.undo();
    expect(document.getElementById('state-mentors')!.textContent).toBe('');
  });

  it('fills inside a shadow root, a same-origin frame and a contenteditable', () => {
    const { document } = loadFixture('sections');
    applyFill(planFill(document, samplePackage(), opts));
    const shadow = document.querySelector('[data-shadow-field]')!.shadowRoot!;
    expect((shadow.getElementById('inner') as HTMLInputElement).value).toBe('11');
    const frame = (document.querySelector('iframe') as HTMLIFrameElement).contentDocument!;
    expect((frame.getElementById('fp-groups') as HTMLInputElement).value).toBe('4');
    expect(document.querySelector('[contenteditable]')!.textContent).toContain('Читаем вместе');
  });

  it('clicks Google Forms ARIA widgets: radio, listbox, checkbox', () => {
    const { document } = loadFixture('google');
    const result = applyFill(planFill(document, samplePackage(), opts));
    expect(document.querySelector('[role=radio][data-value="Да"]')!.getAttribute('aria-checked')).toBe(
      'true',
    );
    expect(input(document, '[name="entry.1005"]').value).toBe('Да');
    expect(document.querySelector('[role=option][data-value="Есть"]')!.getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(document.querySelector('[role=checkbox]')!.getAttribute('aria-checked')).toBe('true');
    expect(input(document, 'input[aria-labelledby=i1]').value).toBe('24');
    result.undo();
    expect(document.querySelector('[role=checkbox]')!.getAttribute('aria-checked')).toBe('false');
    expect(document.querySelector('[role=radio][data-value="Да"]')!.getAttribute('aria-checked')).toBe(
      'false',
    );
  });

  it('opens a Yandex combobox and picks the option; types into a role=textbox', () => {
    const { document } = loadFixture('yandex');
    applyFill(planFill(document, samplePackage(), opts));
    const opt = Array.from(document.querySelectorAll('#popup7 [role=option]')).find(
      (o) => o.textContent === '12',
    );
    expect(opt?.getAttribute('aria-selected')).toBe('true');
    expect(document.querySelector('[role=combobox] [data-shown]')!.textContent).toBe('12');
    expect(document.querySelector('[role=textbox]')!.textContent).toBe('9');
    expect(input(document, '[name=answer_short_text_5503]').value).toBe('87,5');
  });
});

describe('prefilledLink', () => {
  it('builds the Google Forms pre-filled link from entry ids', () => {
    const { document } = loadFixture('google');
    const link = prefilledLink(document, planFill(document, samplePackage(), opts));
    expect(link?.service).toBe('google');
    const url = new URL(link!.url);
    expect(url.origin + url.pathname).toBe('https://docs.google.com/forms/d/e/1FAIpQLSdTESTFORM/viewform');
    expect(url.searchParams.get('usp')).toBe('pp_url');
    expect(url.searchParams.get('entry.1001')).toBe('24');
    expect(url.searchParams.get('entry.1003')).toBe('26');
    expect(url.searchParams.get('entry.1005')).toBe('Да');
    expect(url.searchParams.get('entry.1009')).toBe('ivanova@school.example');
  });

  it('builds the Yandex Forms link with answer parameters', () => {
    const { document } = loadFixture('yandex');
    const link = prefilledLink(document, planFill(document, samplePackage(), opts));
    expect(link?.service).toBe('yandex');
    const url = new URL(link!.url);
    expect(url.origin + url.pathname).toBe('https://forms.yandex.ru/u/65f0c0ffee/');
    expect(url.searchParams.get('answer_short_text_5501')).toBe('17');
    expect(url.searchParams.get('answer_short_text_5504')).toBe('9');
    expect(url.searchParams.get('answer_choices_5507')).toBe('12');
  });

  it('is null on a page that is no form builder', () => {
    const { document } = loadFixture('plain');
    expect(prefilledLink(document, planFill(document, samplePackage(), opts))).toBeNull();
  });
});
