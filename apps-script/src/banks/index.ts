/** What other rooms of the add-on use from the banks as pairing reads them. */

export type { BankSnapshot, BankTable } from './bankSnapshot';
export { readBanks, rereadBanks } from './bankSnapshot';
export { MARK_COLOUR, markBanks, onBankEdit } from './cellMarks';
