/** What a field holds now, in the plan's terms, and whether the person typed it (so a fill never overwrites their own input). */
import { normalizeText } from '../../shared/text';
import { isPlaceholderOption } from './format';
import type { FieldOption, FoundField } from './types';

/** The chosen answer's text, or '' when the choice is a «Выбрать…» prompt (empty value or prompt wording). */
function chosen(option: FieldOption | undefined): string {
  return option && !isPlaceholderOption(option.element, option.text) ? option.text : '';
}

/** What a field holds now, in the same terms as a planned value (text, option text, or checked). */
export function currentValue(field: FoundField): string | boolean {
  const el = field.element;
  switch (field.kind) {
    case 'checkbox':
      return (el as HTMLInputElement).checked;
    case 'aria-checkbox':
      return el.getAttribute('aria-checked') === 'true';
    case 'radio':
      return field.options.find((o) => (o.element as HTMLInputElement).checked)?.text ?? '';
    case 'aria-radio':
      return field.options.find((o) => o.element.getAttribute('aria-checked') === 'true')?.text ?? '';
    case 'select':
      return chosen(field.options[(el as HTMLSelectElement).selectedIndex]);
    case 'aria-listbox':
      return chosen(field.options.find((o) => o.element.getAttribute('aria-selected') === 'true'));
    case 'contenteditable':
    case 'aria-textbox':
      return (el.textContent ?? '').trim();
    default:
      return (el as HTMLInputElement).value;
  }
}

/** Whether the person (not the page's markup) has put something into the field. */
export function personTyped(field: FoundField): boolean {
  const el = field.element;
  switch (field.kind) {
    case 'checkbox':
      return (el as HTMLInputElement).checked !== (el as HTMLInputElement).defaultChecked;
    case 'radio':
      return field.options.some((o) => {
        const r = o.element as HTMLInputElement;
        return r.checked !== r.defaultChecked;
      });
    case 'select': {
      const s = el as HTMLSelectElement;
      const opt = s.options[s.selectedIndex];
      return !!opt && !opt.defaultSelected && s.selectedIndex > 0 && currentValue(field) !== '';
    }
    case 'aria-radio':
    case 'aria-listbox':
      return currentValue(field) !== '';
    case 'aria-checkbox':
      return false;
    case 'contenteditable':
    case 'aria-textbox':
      return (el.textContent ?? '').trim() !== '';
    default: {
      const input = el as HTMLInputElement;
      return input.value.trim() !== '' && input.value !== input.defaultValue;
    }
  }
}

export function sameValue(a: string | boolean, b: string | boolean): boolean {
  if (typeof a === 'boolean' || typeof b === 'boolean') return a === b;
  return normalizeText(a) === normalizeText(b) && a.trim() !== '';
}
