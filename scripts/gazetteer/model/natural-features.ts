/**
 * Natural features, informal regions and former states that news and
 * statements name often but a gazetteer of populated places and
 * administrative units lacks: mountain ranges, deserts, peninsulas, islands,
 * lakes, seas, straits, canals, river deltas. Points are rough centres in the
 * GeoNames style (a point in the middle of the feature, one or two decimals);
 * `weight` stands in for population as the prior, as in `extra-places.ts`.
 * @module
 */
import type { ExtraPlace } from './extra-places.js';

const BIG = 2e6;
const MID = 5e5;
const SMALL = 1e5;

const range = (name: string, country: string, lat: number, lon: number, weight: number, aliases?: string[]): ExtraPlace =>
  ({ name, kind: 'site', fcode: 'MTS', country, lat, lon, weight, ...(aliases ? { aliases } : {}) });
const area = (name: string, fcode: string, country: string, lat: number, lon: number, weight: number, aliases?: string[], demonyms?: string[]): ExtraPlace =>
  ({ name, kind: fcode === 'RGN' || fcode === 'PCLH' ? 'region' : 'site', fcode, country, lat, lon, weight, ...(aliases ? { aliases } : {}), ...(demonyms ? { demonyms } : {}) });

export const NATURAL_FEATURES: readonly ExtraPlace[] = [
  // Mountain ranges
  range('Himalayas', '', 28, 84, BIG, ['Himalaya', 'Himalayan mountains']),
  range('Alps', '', 46.4, 10, BIG, ['the Alps', 'Alpes', 'Alpen']),
  range('Andes', '', -32.65, -70, BIG, ['Andes Mountains', 'Cordillera de los Andes']),
  range('Rocky Mountains', '', 44, -109, BIG, ['Rockies']),
  range('Appalachian Mountains', 'US', 38, -80, MID, ['Appalachians', 'Appalachia']),
  range('Ural Mountains', 'RU', 60, 60, MID, ['Urals']),
  range('Atlas Mountains', '', 31, -7, MID),
  range('Hindu Kush', '', 35.5, 70, MID),
  range('Pyrenees', '', 42.67, 1, MID, ['Pyrénées', 'Pirineos']),
  range('Carpathian Mountains', '', 47.5, 25, MID, ['Carpathians']),
  range('Zagros Mountains', 'IR', 33.5, 47, MID, ['Zagros']),
  range('Qandil Mountains', 'IQ', 36.55, 44.95, SMALL, ['Qandil', 'Kandil', 'Mount Qandil']),
  range('Sinjar Mountains', 'IQ', 36.37, 41.85, SMALL, ['Mount Sinjar', 'Jabal Sinjar', 'Shengal Mountains']),
  range('Nuba Mountains', 'SD', 11.5, 30.5, SMALL),
  range('Tora Bora', 'AF', 34.1, 70.2, SMALL),
  range('Khyber Pass', 'PK', 34.08, 71.2, SMALL),
  // Deserts, plains and valleys
  area('Gobi Desert', 'DSRT', '', 42.5, 103.5, MID, ['Gobi']),
  area('Negev', 'DSRT', 'IL', 30.5, 34.9, MID, ['Negev Desert', 'Naqab']),
  area('Syrian Desert', 'DSRT', '', 33.5, 39.5, MID),
  area('Kalahari Desert', 'DSRT', '', -23, 22, MID, ['Kalahari']),
  area('Rub al Khali', 'DSRT', '', 20, 50, MID, ['Empty Quarter', "Rub' al Khali"]),
  area('Atacama Desert', 'DSRT', 'CL', -24.5, -69.25, MID, ['Atacama']),
  area('Great Plains', 'PLN', 'US', 40, -100, MID),
  area('Great Rift Valley', 'VAL', 'KE', 0.5, 36, MID, ['Rift Valley']),
  area('Silicon Valley', 'VAL', 'US', 37.4, -122.05, MID),
  area('Nineveh Plains', 'PLN', 'IQ', 36.4, 43.35, SMALL, ['Nineveh Plain']),
  // Peninsulas and informal regions
  area('Arabian Peninsula', 'PEN', '', 23, 47, BIG, ['Arabia']),
  area('Korean Peninsula', 'PEN', '', 37.5, 127.5, BIG),
  area('Iberian Peninsula', 'PEN', '', 40, -4, BIG, ['Iberia']),
  area('Jutland', 'PEN', 'DK', 56, 9.25, MID, ['Jylland']),
  area('Siberia', 'RGN', 'RU', 60, 105, BIG, ['Sibir'], ['Siberian']),
  area('Patagonia', 'RGN', '', -45, -69, MID, [], ['Patagonian']),
  area('Pacific Northwest', 'RGN', 'US', 46, -121, MID),
  area('New England', 'RGN', 'US', 44, -71.5, MID),
  area('Midwest', 'RGN', 'US', 41.5, -90, MID, ['Midwestern United States', 'American Midwest'], ['Midwestern']),
  area('Southern United States', 'RGN', 'US', 33, -87, MID, ['American South', 'Deep South']),
  area('Mesopotamia', 'RGN', '', 33, 44, MID),
  area('Azawad', 'RGN', 'ML', 19, 0, SMALL),
  area('Ogaden', 'RGN', 'ET', 7, 44, SMALL),
  area('Eastern Mediterranean', 'RGN', '', 34.5, 31, MID, ['East Mediterranean']),
  // Islands
  area('Hispaniola', 'ISL', '', 19, -71, MID),
  area('Long Island', 'ISL', 'US', 40.8, -73.1, MID),
  area('Vancouver Island', 'ISL', 'CA', 49.6, -125.6, MID),
  area('Lesbos', 'ISL', 'GR', 39.2, 26.3, SMALL, ['Lesvos']),
  area('Lampedusa', 'ISL', 'IT', 35.5, 12.6, SMALL),
  area('Socotra', 'ISL', 'YE', 12.5, 53.9, SMALL),
  area('Zanzibar', 'ISL', 'TZ', -6.1, 39.3, MID, ['Unguja'], ['Zanzibari']),
  area('Spratly Islands', 'ISLS', '', 10, 114.3, SMALL, ['Spratlys', 'Nansha Islands']),
  area('Paracel Islands', 'ISLS', '', 16.5, 112, SMALL, ['Paracels', 'Xisha Islands']),
  area('Visayas', 'ISLS', 'PH', 11, 123.5, MID),
  // Lakes
  area('Lake Erie', 'LK', '', 42.2, -81.2, SMALL),
  area('Lake Ontario', 'LK', '', 43.7, -77.9, SMALL),
  area('Lake Michigan', 'LK', 'US', 44, -87, SMALL),
  area('Lake Superior', 'LK', '', 47.7, -87.5, SMALL),
  area('Lake Huron', 'LK', '', 44.8, -82.4, SMALL),
  area('Great Lakes', 'LKS', '', 45, -84, MID),
  area('Lake Tanganyika', 'LK', '', -6, 29.5, SMALL),
  area('Lake Malawi', 'LK', '', -12, 34.5, SMALL, ['Lake Nyasa']),
  area('Lake Titicaca', 'LK', '', -15.8, -69.4, SMALL),
  area('Lake Baikal', 'LK', 'RU', 53.5, 108, SMALL),
  area('Lake Geneva', 'LK', '', 46.45, 6.5, SMALL, ['Lac Léman']),
  area('Dead Sea', 'LK', '', 31.5, 35.5, SMALL),
  area('Sea of Galilee', 'LK', 'IL', 32.82, 35.59, SMALL, ['Lake Tiberias', 'Lake Kinneret']),
  // Seas, gulfs, straits, canals
  area('Gulf of Mexico', 'GULF', '', 25, -90, BIG),
  area('Bay of Bengal', 'BAY', '', 15, 88, BIG),
  area('Arabian Sea', 'SEA', '', 14, 65, BIG),
  area('Sea of Japan', 'SEA', '', 40, 135, BIG, ['East Sea']),
  area('East China Sea', 'SEA', '', 29, 125, BIG),
  area('Yellow Sea', 'SEA', '', 36, 123, BIG),
  area('Adriatic Sea', 'SEA', '', 43, 15, MID, ['Adriatic']),
  area('Ionian Sea', 'SEA', '', 38, 19, MID),
  area('Tyrrhenian Sea', 'SEA', '', 40, 12, MID),
  area('Caribbean Sea', 'SEA', '', 15, -75, BIG),
  area('Bering Sea', 'SEA', '', 58, -178, MID),
  area('Barents Sea', 'SEA', '', 74, 40, MID),
  area('Irish Sea', 'SEA', '', 53.5, -5, MID),
  area('Sea of Marmara', 'SEA', 'TR', 40.7, 28.2, SMALL, ['Marmara Sea']),
  area('Gulf of Oman', 'GULF', '', 24.5, 58.5, MID),
  area('Gulf of Guinea', 'GULF', '', 2, 4, MID),
  area('Gulf of Aqaba', 'GULF', '', 28.75, 34.75, SMALL),
  area('Southern Ocean', 'OCN', '', -60, 90, MID),
  area('English Channel', 'CHN', '', 50.2, -1, MID, ['La Manche']),
  area('Bosporus', 'STRT', 'TR', 41.12, 29.07, SMALL, ['Bosphorus', 'Istanbul Strait']),
  area('Dardanelles', 'STRT', 'TR', 40.2, 26.4, SMALL),
  area('Strait of Gibraltar', 'STRT', '', 35.97, -5.5, SMALL),
  area('Strait of Malacca', 'STRT', '', 2.5, 101.3, SMALL, ['Malacca Strait']),
  area('Taiwan Strait', 'STRT', '', 24, 119.5, SMALL),
  area('Kerch Strait', 'STRT', '', 45.3, 36.5, SMALL),
  area('Suez Canal', 'CNL', 'EG', 30.58, 32.27, SMALL),
  area('Panama Canal', 'CNL', 'PA', 9.08, -79.68, SMALL),
  // River deltas and rivers
  area('Niger Delta', 'DLTA', 'NG', 5, 6, MID),
  area('Nile Delta', 'DLTA', 'EG', 30.9, 31, MID),
  area('Mekong Delta', 'DLTA', 'VN', 10, 105.8, MID),
  area('Danube Delta', 'DLTA', 'RO', 45.1, 29.4, SMALL),
  area('Jordan River', 'STM', '', 32, 35.55, SMALL, ['River Jordan']),
  // Former states, named in history and in statements about it
  area('Soviet Union', 'PCLH', '', 60, 100, BIG, ['former Soviet Union', 'Union of Soviet Socialist Republics'], ['Soviet']),
  area('Yugoslavia', 'PCLH', '', 44, 20.5, MID, ['former Yugoslavia'], ['Yugoslav']),
  area('Czechoslovakia', 'PCLH', '', 49.5, 17, MID, [], ['Czechoslovak']),
];
