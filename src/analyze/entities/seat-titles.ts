// A title qualified by a seat of government ("White House press secretary", "Kremlin aide", "a Downing
// Street spokesman") is the government's: its holder is GOV where the title names no sector, or only
// the MED that CAMEO's agents give a bare spokesman. A "White House correspondent" stays the press.
import { lookupName } from './kb.js';

/** Whether the name mention's text is a seat of government the KB knows (Kremlin, White House). */
export function isSeatName(text: string): boolean {
  return lookupName(text)?.kind === 'seat';
}

/** The sector of a title held at a seat of government (seat: whether a seat qualifies it). */
export function seatTitleSector(seat: boolean, title: string, sector: string | undefined): string | undefined {
  if (!seat) return sector;
  if (sector === undefined || (sector === 'MED' && /spokes|press secretary/i.test(title))) return 'GOV';
  return sector;
}
