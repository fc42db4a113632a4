/**
 * ISO 3166-1 alpha-2 and the trusted jurisdiction sets of the sovereignty rules.
 * Pure data: no framework imports, so the sovereignty engine and validators can use it anywhere.
 */

// The 249 officially assigned alpha-2 codes (ISO 3166-1, as published by the ISO 3166 Maintenance
// Agency). Exceptionally or transitionally reserved codes (EU, UK, XK, ...) are deliberately absent:
// answers must name a country the standard assigns.
const OFFICIALLY_ASSIGNED = `
  AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE
  BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD
  CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
  DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF
  GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU
  ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
  KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME
  MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
  NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
  PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI
  SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK
  TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
  VN VU WF WS YE YT ZA ZM ZW
`;

export const ISO_COUNTRY_CODES: ReadonlySet<string> = new Set(OFFICIALLY_ASSIGNED.trim().split(/\s+/));

/** True for an officially assigned ISO 3166-1 alpha-2 code, written in uppercase as the standard does. */
export function isIsoCountry(code: string): boolean {
  return ISO_COUNTRY_CODES.has(code);
}

export type TrustedJurisdiction = 'NATO' | 'EU_EEA';

export const TRUSTED_JURISDICTIONS: readonly TrustedJurisdiction[] = ['NATO', 'EU_EEA'];

/** How a trusted set is written in sentences a person reads ("outside EU/EEA"). */
export const TRUSTED_SET_LABELS: Record<TrustedJurisdiction, string> = { NATO: 'NATO', EU_EEA: 'EU/EEA' };

const NATO_MEMBERS = 'AL BE BG CA HR CZ DK EE FI FR DE GR HU IS IT LV LT LU ME NL MK NO PL PT RO SK SI ES SE TR GB US';
const EU_MEMBERS = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE';
// The EEA adds the three EFTA states that joined it; Switzerland did not, so it is not trusted.
const EEA_EFTA_MEMBERS = 'IS LI NO';

export const TRUSTED_SETS: Record<TrustedJurisdiction, ReadonlySet<string>> = {
  NATO: new Set(NATO_MEMBERS.split(' ')),
  EU_EEA: new Set(`${EU_MEMBERS} ${EEA_EFTA_MEMBERS}`.split(' ')),
};
