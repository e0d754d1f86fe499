/**
 * Everyday English names of countries that the country packages do not list
 * (they carry official names, translations and codes). ISO2 code → names.
 * @module
 */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  GB: ['Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'],
  US: ['America', 'United States of America', 'the States'],
  NL: ['Holland'],
  MM: ['Burma'],
  CI: ['Ivory Coast'],
  CZ: ['Czech Republic', 'Czechia'],
  CD: ['Congo-Kinshasa', 'Democratic Republic of Congo', 'DR Congo', 'Zaire'],
  CG: ['Congo-Brazzaville'],
  KR: ['South Korea', 'Republic of Korea'],
  KP: ['North Korea'],
  RU: ['Russian Federation'],
  SY: ['Syrian Arab Republic'],
  IR: ['Persia', 'Islamic Republic of Iran'],
  TR: ['Turkey', 'Türkiye', 'Turkiye'],
  MK: ['Macedonia', 'North Macedonia', 'FYROM'],
  SZ: ['Swaziland', 'Eswatini'],
  TL: ['East Timor', 'Timor-Leste'],
  CV: ['Cape Verde', 'Cabo Verde'],
  VA: ['Vatican', 'Holy See', 'Vatican City'],
  PS: ['Palestine', 'State of Palestine', 'Palestinian Territories', 'occupied Palestinian territories'],
  TW: ['Taiwan', 'Republic of China'],
  LA: ['Laos'],
  VN: ['Viet Nam'],
  BO: ['Bolivia'],
  VE: ['Venezuela'],
  TZ: ['Tanzania'],
  MD: ['Moldova'],
  BN: ['Brunei'],
};
