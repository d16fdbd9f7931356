/** Deterministic random banks for benchmarks: one generator and one vocabulary for every bench. */

/** A small linear congruential generator: the same seed gives the same bank on every machine. */
export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** Subjects and professional requests / competencies as schools write them. */
export const SUBJECTS: string[] = [
  'Математика',
  'Русский язык',
  'Литература',
  'Физика',
  'Химия',
  'Биология',
  'История',
  'Обществознание',
  'География',
  'Информатика',
  'Английский язык',
  'Начальные классы',
  'Физическая культура',
  'Музыка',
  'ИЗО',
  'Технология',
];
export const PHRASES: string[] = [
  'классное руководство',
  'проектная деятельность',
  'подготовка к ОГЭ',
  'подготовка к ЕГЭ',
  'работа с родителями',
  'дисциплина на уроке',
  'одарённые дети',
  'дети с ОВЗ',
  'современный урок',
  'цифровые образовательные ресурсы',
  'функциональная грамотность',
  'оценивание результатов',
  'воспитательная работа',
  'самообразование',
  'аттестация',
  'рабочая программа',
];
