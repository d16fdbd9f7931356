/** What other rooms of the add-on use from the banks as pairing reads them. */

export type { BankSnapshot, SheetSnapshot } from './bankSnapshot';
export { readBanks, takenIds } from './bankSnapshot';
export { MARK_COLOUR, markBanks, onBankEdit } from './cellMarks';
