/** What other rooms of the add-on use from the pairing sidebar and its documents. */

export type { PairPeople } from './pairDocuments';
export { changeOrderContent, organisationOf, pairPeople, ruDate, writeOrderDoc } from './pairDocuments';
export { savedMatchingSettings, savedSettings } from './pairing';
export { PAIRING_API } from './pairingApi';
