/** The pairing sidebar's google.script.run functions (spread into CLIENT_API). */

import { applyRepair, bestPairs, closePair, fillPairPlan, getYearState, suggestRepair } from '../year';
import {
  createPairsOrder,
  createProgrammes,
  getProgrammeTemplate,
  setProgrammeTemplate,
} from './pairDocuments';
import {
  acceptSuggested,
  getPairingState,
  refreshPairing,
  selectSheetRow,
  suggestForSidebar,
  suggestionPage,
} from './pairing';

export const PAIRING_API = {
  getPairingState,
  refreshPairing,
  suggestForSidebar,
  suggestionPage,
  acceptSuggested,
  selectSheetRow,
  createPairsOrder,
  createProgrammes,
  getProgrammeTemplate,
  setProgrammeTemplate,
  // The pairs' year (issue 17): plans, re-pairing, closing, «Лучшая пара»
  getYearState,
  fillPairPlan,
  suggestRepair,
  applyRepair,
  closePair,
  bestPairs,
};
