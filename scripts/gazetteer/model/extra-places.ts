/**
 * Places the source packages lack but statements name often: continents
 * (real GeoNames ids), world regions, and contested or conflict-related areas
 * that are not a first-level division of one state. Coordinates are rough
 * centres (one decimal is enough at the 161 km scale); `weight` stands in for
 * population as the prior. Areas without a GeoNames id in the sources get a
 * synthetic negative id from `syntheticId("extra:<name>")`.
 * @module
 */
import type { GeoKind } from '../../../src/model/contract.js';

export interface ExtraPlace {
  readonly name: string;
  /** Real GeoNames id, when known. */
  readonly geonameId?: number;
  readonly kind: GeoKind;
  readonly fcode: string;
  /** ISO2 code; "" when the area spans several states. */
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly weight: number;
  readonly aliases?: readonly string[];
  readonly demonyms?: readonly string[];
}

const CONTINENT = 5e8;
const WORLD_REGION = 1e8;
const AREA = 2e6;

export const EXTRA_PLACES: readonly ExtraPlace[] = [
  { name: 'Africa', geonameId: 6255146, kind: 'region', fcode: 'CONT', country: '', lat: 7.2, lon: 21.1, weight: CONTINENT, aliases: ['Afrique', 'Afrika', 'África', 'أفريقيا', 'إفريقيا', 'Африка'], demonyms: ['African', 'Africans'] },
  { name: 'Asia', geonameId: 6255147, kind: 'region', fcode: 'CONT', country: '', lat: 29.8, lon: 89.3, weight: CONTINENT, aliases: ['Asie', 'Asien', 'آسيا', 'Азия', 'Asya'], demonyms: ['Asian', 'Asians'] },
  { name: 'Europe', geonameId: 6255148, kind: 'region', fcode: 'CONT', country: '', lat: 48.7, lon: 9.1, weight: CONTINENT, aliases: ['Europa', 'أوروبا', 'Европа', 'Avrupa'], demonyms: ['European', 'Europeans'] },
  { name: 'North America', geonameId: 6255149, kind: 'region', fcode: 'CONT', country: '', lat: 46.1, lon: -100.5, weight: CONTINENT, aliases: ['Amérique du Nord', 'Nordamerika', 'América del Norte'], demonyms: ['North American'] },
  { name: 'South America', geonameId: 6255150, kind: 'region', fcode: 'CONT', country: '', lat: -14.6, lon: -57.7, weight: CONTINENT, aliases: ['Amérique du Sud', 'Südamerika', 'América del Sur'], demonyms: ['South American'] },
  { name: 'Oceania', geonameId: 6255151, kind: 'region', fcode: 'CONT', country: '', lat: -18.3, lon: 138.5, weight: CONTINENT, aliases: ['Océanie', 'Ozeanien'] },
  { name: 'Antarctica', geonameId: 6255152, kind: 'region', fcode: 'CONT', country: '', lat: -78.2, lon: 16.4, weight: CONTINENT / 10, aliases: ['Antarctique', 'Antarktis'] },
  { name: 'Americas', kind: 'region', fcode: 'RGN', country: '', lat: 15, lon: -90, weight: WORLD_REGION, aliases: ['the Americas'] },
  { name: 'Latin America', kind: 'region', fcode: 'RGN', country: '', lat: -5, lon: -65, weight: WORLD_REGION, aliases: ['Amérique latine', 'América Latina', 'Lateinamerika'], demonyms: ['Latin American'] },
  { name: 'Middle East', kind: 'region', fcode: 'RGN', country: '', lat: 29, lon: 42, weight: WORLD_REGION, aliases: ['Mideast', 'Near East', 'Moyen-Orient', 'Naher Osten', 'Oriente Medio', 'الشرق الأوسط', 'Ortadoğu', 'Orta Doğu'], demonyms: ['Middle Eastern'] },
  { name: 'Southeast Asia', kind: 'region', fcode: 'RGN', country: '', lat: 8, lon: 108, weight: WORLD_REGION, aliases: ['South East Asia', 'South-East Asia'], demonyms: ['Southeast Asian', 'South East Asian'] },
  { name: 'South Asia', kind: 'region', fcode: 'RGN', country: '', lat: 22, lon: 78, weight: WORLD_REGION, demonyms: ['South Asian'] },
  { name: 'East Asia', kind: 'region', fcode: 'RGN', country: '', lat: 35, lon: 115, weight: WORLD_REGION, demonyms: ['East Asian'] },
  { name: 'Central Asia', kind: 'region', fcode: 'RGN', country: '', lat: 43, lon: 65, weight: WORLD_REGION, demonyms: ['Central Asian'] },
  { name: 'Western Europe', kind: 'region', fcode: 'RGN', country: '', lat: 48, lon: 4, weight: WORLD_REGION },
  { name: 'Eastern Europe', kind: 'region', fcode: 'RGN', country: '', lat: 51, lon: 28, weight: WORLD_REGION, demonyms: ['Eastern European'] },
  { name: 'Central Europe', kind: 'region', fcode: 'RGN', country: '', lat: 49, lon: 16, weight: WORLD_REGION },
  { name: 'Northern Europe', kind: 'region', fcode: 'RGN', country: '', lat: 60, lon: 15, weight: WORLD_REGION },
  { name: 'Southern Europe', kind: 'region', fcode: 'RGN', country: '', lat: 41, lon: 13, weight: WORLD_REGION },
  { name: 'Scandinavia', kind: 'region', fcode: 'RGN', country: '', lat: 63, lon: 14, weight: WORLD_REGION, demonyms: ['Scandinavian'] },
  { name: 'Balkans', kind: 'region', fcode: 'RGN', country: '', lat: 43, lon: 21, weight: WORLD_REGION, aliases: ['Balkan Peninsula'], demonyms: ['Balkan'] },
  { name: 'Caucasus', kind: 'region', fcode: 'RGN', country: '', lat: 42.5, lon: 44.5, weight: WORLD_REGION, aliases: ['Kavkaz', 'Caucase'] },
  { name: 'North Africa', kind: 'region', fcode: 'RGN', country: '', lat: 27, lon: 14, weight: WORLD_REGION, demonyms: ['North African'] },
  { name: 'West Africa', kind: 'region', fcode: 'RGN', country: '', lat: 12, lon: -2, weight: WORLD_REGION, demonyms: ['West African'] },
  { name: 'East Africa', kind: 'region', fcode: 'RGN', country: '', lat: 1, lon: 37, weight: WORLD_REGION, demonyms: ['East African'] },
  { name: 'Central Africa', kind: 'region', fcode: 'RGN', country: '', lat: 2, lon: 20, weight: WORLD_REGION },
  { name: 'Southern Africa', kind: 'region', fcode: 'RGN', country: '', lat: -24, lon: 25, weight: WORLD_REGION },
  { name: 'Sub-Saharan Africa', kind: 'region', fcode: 'RGN', country: '', lat: 0, lon: 22, weight: WORLD_REGION },
  { name: 'Horn of Africa', kind: 'region', fcode: 'RGN', country: '', lat: 8, lon: 45, weight: WORLD_REGION },
  { name: 'Sahel', kind: 'region', fcode: 'RGN', country: '', lat: 14, lon: 3, weight: WORLD_REGION },
  { name: 'Maghreb', kind: 'region', fcode: 'RGN', country: '', lat: 32, lon: 3, weight: WORLD_REGION, aliases: ['Maghrib', 'المغرب العربي'] },
  { name: 'Levant', kind: 'region', fcode: 'RGN', country: '', lat: 33.5, lon: 36, weight: WORLD_REGION, aliases: ['Bilad al-Sham'] },
  { name: 'Caribbean', kind: 'region', fcode: 'RGN', country: '', lat: 17, lon: -72, weight: WORLD_REGION, aliases: ['Caribbean islands'] },
  { name: 'Central America', kind: 'region', fcode: 'RGN', country: '', lat: 13.5, lon: -86, weight: WORLD_REGION, demonyms: ['Central American'] },
  { name: 'Arctic', kind: 'region', fcode: 'RGN', country: '', lat: 78, lon: 0, weight: WORLD_REGION / 10 },
  { name: 'Anatolia', kind: 'region', fcode: 'RGN', country: 'TR', lat: 39, lon: 34, weight: AREA, aliases: ['Asia Minor', 'Anadolu'], demonyms: ['Anatolian'] },
  { name: 'Kurdistan', kind: 'region', fcode: 'RGN', country: '', lat: 37, lon: 43.5, weight: AREA, aliases: ['كوردستان', 'كردستان', 'Kurdistán'] },
  { name: 'Kurdistan Region', kind: 'region', fcode: 'RGN', country: 'IQ', lat: 36.4, lon: 44.1, weight: AREA, aliases: ['Iraqi Kurdistan', 'Kurdistan Region of Iraq', 'KRI', 'Başur', 'Bashur'] },
  { name: 'Rojava', kind: 'region', fcode: 'RGN', country: 'SY', lat: 36.6, lon: 40.5, weight: AREA, aliases: ['Syrian Kurdistan', 'North and East Syria', 'Northeast Syria', 'Autonomous Administration of North and East Syria', 'AANES'] },
  { name: 'Bakur', kind: 'region', fcode: 'RGN', country: 'TR', lat: 38, lon: 41, weight: AREA / 4, aliases: ['Northern Kurdistan', 'Turkish Kurdistan'] },
  { name: 'Rojhelat', kind: 'region', fcode: 'RGN', country: 'IR', lat: 35.5, lon: 46.5, weight: AREA / 4, aliases: ['Eastern Kurdistan', 'Iranian Kurdistan'] },
  { name: 'Gaza Strip', kind: 'region', fcode: 'RGN', country: 'PS', lat: 31.4, lon: 34.4, weight: AREA, aliases: ['Gaza', 'قطاع غزة', 'Bande de Gaza', 'Gazastreifen', 'Franja de Gaza'] },
  { name: 'West Bank', kind: 'region', fcode: 'RGN', country: 'PS', lat: 31.9, lon: 35.3, weight: AREA, aliases: ['الضفة الغربية', 'Cisjordanie', 'Westjordanland', 'Cisjordania', 'Judea and Samaria'] },
  { name: 'Golan Heights', kind: 'region', fcode: 'RGN', country: 'SY', lat: 33, lon: 35.8, weight: AREA / 4, aliases: ['Golan', 'الجولان'] },
  { name: 'Sinai Peninsula', kind: 'region', fcode: 'RGN', country: 'EG', lat: 29.5, lon: 33.8, weight: AREA, aliases: ['Sinai', 'سيناء'] },
  { name: 'Darfur', kind: 'region', fcode: 'RGN', country: 'SD', lat: 13, lon: 24.5, weight: AREA, aliases: ['دارفور'] },
  { name: 'Donbas', kind: 'region', fcode: 'RGN', country: 'UA', lat: 48.1, lon: 38.3, weight: AREA, aliases: ['Donbass', 'Донбас', 'Донбасс'] },
  { name: 'Kashmir', kind: 'region', fcode: 'RGN', country: '', lat: 34.2, lon: 75.5, weight: AREA, aliases: ['Jammu and Kashmir', 'کشمیر', 'कश्मीर'], demonyms: ['Kashmiri'] },
  { name: 'Nagorno-Karabakh', kind: 'region', fcode: 'RGN', country: 'AZ', lat: 39.8, lon: 46.8, weight: AREA / 4, aliases: ['Karabakh', 'Artsakh', 'Nagorny Karabakh'] },
  { name: 'Transnistria', kind: 'region', fcode: 'RGN', country: 'MD', lat: 47.2, lon: 29.4, weight: AREA / 4, aliases: ['Pridnestrovie', 'Transdniestria'] },
  { name: 'South Ossetia', kind: 'region', fcode: 'RGN', country: 'GE', lat: 42.3, lon: 44, weight: AREA / 4, aliases: ['Tskhinvali Region'] },
  { name: 'Western Sahara', kind: 'region', fcode: 'RGN', country: 'EH', lat: 24.5, lon: -13, weight: AREA / 4, aliases: ['Sahrawi Republic'] },
  { name: 'Sahara', kind: 'site', fcode: 'DSRT', country: '', lat: 23, lon: 13, weight: AREA, aliases: ['Sahara Desert', 'الصحراء الكبرى'] },
  { name: 'Mediterranean Sea', kind: 'site', fcode: 'SEA', country: '', lat: 35, lon: 18, weight: AREA, aliases: ['Mediterranean', 'Méditerranée', 'Mittelmeer', 'البحر المتوسط', 'Akdeniz'] },
  { name: 'Persian Gulf', kind: 'site', fcode: 'GULF', country: '', lat: 26.5, lon: 52, weight: AREA, aliases: ['Arabian Gulf', 'the Gulf', 'الخليج العربي'] },
  { name: 'Red Sea', kind: 'site', fcode: 'SEA', country: '', lat: 20, lon: 38.5, weight: AREA, aliases: ['البحر الأحمر'] },
  { name: 'Black Sea', kind: 'site', fcode: 'SEA', country: '', lat: 43.4, lon: 34.3, weight: AREA, aliases: ['Karadeniz', 'Чёрное море', 'Чорне море'] },
  { name: 'Aegean Sea', kind: 'site', fcode: 'SEA', country: '', lat: 39, lon: 25, weight: AREA / 4, aliases: ['Aegean', 'Ege Denizi'] },
  { name: 'South China Sea', kind: 'site', fcode: 'SEA', country: '', lat: 12, lon: 113, weight: AREA },
  { name: 'Pacific Ocean', kind: 'site', fcode: 'OCN', country: '', lat: 0, lon: -160, weight: WORLD_REGION, aliases: ['Pacific', 'Océan Pacifique', 'Pazifik'] },
  { name: 'Atlantic Ocean', kind: 'site', fcode: 'OCN', country: '', lat: 10, lon: -30, weight: WORLD_REGION, aliases: ['Atlantic', 'Océan Atlantique', 'Atlantik'] },
  { name: 'Indian Ocean', kind: 'site', fcode: 'OCN', country: '', lat: -20, lon: 80, weight: WORLD_REGION, aliases: ['Océan Indien', 'Indischer Ozean'] },
  { name: 'Arctic Ocean', kind: 'site', fcode: 'OCN', country: '', lat: 85, lon: 0, weight: WORLD_REGION / 10 },
  { name: 'Caspian Sea', kind: 'site', fcode: 'LK', country: '', lat: 42, lon: 51, weight: AREA, aliases: ['Caspian'] },
  { name: 'Java', kind: 'site', fcode: 'ISL', country: 'ID', lat: -7.5, lon: 110, weight: AREA * 10, aliases: ['Jawa'] },
  { name: 'Sumatra', kind: 'site', fcode: 'ISL', country: 'ID', lat: 0, lon: 102, weight: AREA * 5, aliases: ['Sumatera'] },
  { name: 'Borneo', kind: 'site', fcode: 'ISL', country: '', lat: 1, lon: 114, weight: AREA * 5, aliases: ['Kalimantan'] },
  { name: 'Sulawesi', kind: 'site', fcode: 'ISL', country: 'ID', lat: -2, lon: 121, weight: AREA * 2, aliases: ['Celebes'] },
  { name: 'New Guinea', kind: 'site', fcode: 'ISL', country: '', lat: -5.5, lon: 141, weight: AREA * 2 },
  { name: 'Luzon', kind: 'site', fcode: 'ISL', country: 'PH', lat: 16.5, lon: 121, weight: AREA * 5 },
  { name: 'Mindanao', kind: 'site', fcode: 'ISL', country: 'PH', lat: 7.5, lon: 125, weight: AREA * 5 },
  { name: 'Honshu', kind: 'site', fcode: 'ISL', country: 'JP', lat: 36, lon: 138, weight: AREA * 5 },
  { name: 'European Union', kind: 'region', fcode: 'RGN', country: '', lat: 49.8, lon: 9.9, weight: WORLD_REGION, aliases: ['Union européenne', 'Europäische Union', 'Unión Europea', 'الاتحاد الأوروبي', 'Avrupa Birliği'] },
  { name: 'Baltic Sea', kind: 'site', fcode: 'SEA', country: '', lat: 58, lon: 20, weight: AREA, aliases: ['Baltic', 'Ostsee', 'Mer Baltique'] },
  { name: 'North Sea', kind: 'site', fcode: 'SEA', country: '', lat: 56, lon: 3, weight: AREA },
  { name: 'Sea of Azov', kind: 'site', fcode: 'SEA', country: '', lat: 46, lon: 36.5, weight: AREA / 4, aliases: ['Azov Sea', 'Азовское море', 'Азовське море'] },
  { name: 'Gulf of Aden', kind: 'site', fcode: 'GULF', country: '', lat: 12.5, lon: 47.5, weight: AREA / 4, aliases: ['خليج عدن'] },
  { name: 'Strait of Hormuz', kind: 'site', fcode: 'STRT', country: '', lat: 26.6, lon: 56.3, weight: AREA / 4, aliases: ['Hormuz Strait', 'مضيق هرمز'] },
  { name: 'Bab-el-Mandeb', kind: 'site', fcode: 'STRT', country: '', lat: 12.6, lon: 43.3, weight: AREA / 10, aliases: ['Bab el-Mandeb', 'Bab al-Mandab', 'باب المندب'] },
  { name: 'Nile', kind: 'site', fcode: 'STM', country: '', lat: 15.6, lon: 32.5, weight: AREA / 4, aliases: ['Nile River', 'River Nile', 'النيل'] },
  { name: 'Lake Chad', kind: 'site', fcode: 'LK', country: '', lat: 13.3, lon: 14.1, weight: AREA / 10 },
  { name: 'Lake Victoria', kind: 'site', fcode: 'LK', country: '', lat: -1, lon: 33, weight: AREA / 10 },
  { name: 'Euphrates', kind: 'site', fcode: 'STM', country: '', lat: 35.5, lon: 40, weight: AREA / 10, aliases: ['Euphrates River', 'الفرات', 'Fırat'] },
  { name: 'Tigris', kind: 'site', fcode: 'STM', country: '', lat: 35, lon: 43.3, weight: AREA / 10, aliases: ['Tigris River', 'دجلة', 'Dicle'] },
];
