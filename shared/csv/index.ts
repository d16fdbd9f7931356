/** What other modules use of CSV: parsing and writing, decoding bytes, cp1251, numbers as people write them. */
export { decodeCp1251, encodeCp1251 } from './cp1251';
export * from './csv';
export { type CsvEncoding, decodeCsvBytes } from './decode';
export { parseWrittenNumber } from './number';
