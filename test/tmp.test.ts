import { it } from 'vitest';
import { planFill } from '/work/wt-af/extension/autofill/plan';
import { page } from '/work/wt-af/test/extension/helpers/byHand';
import { domLibraryVisibility } from '/work/wt-af/test/extension/helpers/fixtures';
import { samplePackage } from '/work/wt-af/test/extension/helpers/samplePackage';

it('x', () => {
  for (const body of [
    `<p><label for="a">Удовлетворённость наставников, %</label><input id="a"></p>`,
    `<p><label for="b">Удовлетворённость наставляемых</label><div class="input-group"><input id="b"><span class="input-group-text">%</span></div></p>`,
    `<table><tr><th>Показатель</th><th>Ед.</th><th>Значение</th></tr><tr><td>Удовлетворённость наставников программой</td><td>%</td><td><input id="c"></td></tr></table>`,
    `<p><label for="d">Удовлетворённость наставляемых программой</label><input id="d" type="number" min="0" max="100"></p>`,
    `<p><label for="e">Удовлетворённость наставников программой (в процентах)</label><input id="e"></p>`,
    `<p><label for="f">Удовлетворённость наставляемых</label><input id="f" placeholder="%"></p>`,
    `<p><label for="g">Удовлетворённость наставляемых</label><input id="g"></p>`,
    `<p><label for="h">Удовлетворённость наставников, баллов</label><input id="h"></p>`,
    `<p><label for="i">Доля наставников, удовлетворённых программой</label><input id="i"></p>`,
    `<p><label for="j">Процент удовлетворённости наставляемых</label><input id="j"></p>`,
  ]) {
    const pkg = samplePackage();
    for (const iv of pkg.indicators)
      if (iv.key === 'satisfaction.mentors' || iv.key === 'satisfaction.mentees') iv.value = null;
    const p = planFill(page(body), pkg, { isVisible: domLibraryVisibility });
    for (const f of p.fields)
      console.log(
        JSON.stringify({
          id: f.element.id,
          l: f.label,
          i: f.indicator,
          v: f.value,
          c: f.confidence,
          r: f.reason,
          ch: f.choices?.map((c) => c.key),
        }),
      );
  }
});
