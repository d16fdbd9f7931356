/** Russian texts of the «Анкеты» dialog. */
import { pick } from '../shared/lang';

const RU = {
  title: 'Анкеты в Google Формах',
  intro:
    'Отправьте учителям ссылку «для заполнения». Ответы сами попадают в банки наставников и наставляемых и на ' +
    'лист «Анкеты»; ссылка «редактировать» — для вас.',
  loading: 'Загрузка…',
  loadError: 'Не удалось получить сведения об анкетах. Закройте окно и откройте его снова.',
  columns: ['Анкета', 'Ссылки', 'Получено', 'Разнесено', 'С замечаниями', 'Без согласия'],
  fillLink: 'для заполнения',
  editLink: 'редактировать',
  missing: 'форма удалена — нажмите «Проверить формы»',
  triggerOff: 'Автоматическая разноска ответов выключена: нажмите «Проверить формы».',
  problemsHint: (sheet: string) => `Ответы с замечаниями отмечены в столбце «Замечания» на листе «${sheet}».`,
  satisfactionTitle: 'Итоговый мониторинг удовлетворённости',
  satisfactionColumns: ['Участники', 'Ответов', 'Средняя оценка (1–10)', 'Удовлетворённость, %'],
  roles: { mentor: 'Наставники', mentee: 'Наставляемые' } as Record<string, string>,
  none: '—',
  repair: 'Проверить формы',
  repairing: 'Проверка…',
  close: 'Закрыть',
};

/** In English when the window is (its <html lang>, from the user's locale). */
export const SURVEYS_UI = pick(RU, {
  title: 'Questionnaires in Google Forms',
  intro:
    'Send teachers the link «to fill in». Answers go into the mentor and mentee banks and the sheet «Анкеты» by ' +
    'themselves; the link «edit» is for you.',
  loading: 'Loading…',
  loadError: 'Could not get the questionnaires’ details. Close the window and open it again.',
  columns: ['Questionnaire', 'Links', 'Received', 'Filed', 'With remarks', 'Without consent'],
  fillLink: 'to fill in',
  editLink: 'edit',
  missing: 'the form is deleted: press «Check the forms»',
  triggerOff: 'Automatic filing of answers is off: press «Check the forms».',
  problemsHint: (sheet) =>
    `Answers with remarks are marked in the column «Замечания» of the sheet «${sheet}».`,
  satisfactionTitle: 'Final satisfaction monitoring',
  satisfactionColumns: ['Participants', 'Answers', 'Average score (1–10)', 'Satisfaction, %'],
  roles: { mentor: 'Mentors', mentee: 'Mentees' },
  none: '—',
  repair: 'Check the forms',
  repairing: 'Checking…',
  close: 'Close',
});
